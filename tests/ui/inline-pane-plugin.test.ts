// The single-file page of the Apps Script sidebar: inlined text cannot close its element early.

const { panePage, inlineScript } = require('../../ui/build/inline-pane-plugin') as {
  panePage(o: { title: string; lang: string; css: string; script: string; data?: Record<string, string> }): string;
  inlineScript(js: string): string;
};

describe('inline-pane-plugin', () => {
  it('escapes </script and <!-- inside the inlined script', () => {
    const js = 'const a = "</script><img src=x>"; const b = "<!-- x";';
    const html = panePage({ title: 'T', lang: 'fr', css: 'p{}', script: js });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('<\\/script><img src=x>');
    expect(inlineScript(js)).not.toContain('<!--');
    // The escaped text is the same JavaScript string.
    expect(new Function(`${inlineScript(js)}; return [a, b];`)()).toEqual(['</script><img src=x>', '<!-- x']);
  });

  it('holds the pane root and the stylesheet', () => {
    const html = panePage({ title: 'Conformité TdR', lang: 'en', css: '.tdr-pane{}</style>', script: '' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<div id="tdr-pane" class="tdr-pane">');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('puts the data asked for on the pane root (never in a <meta>, which HtmlService drops), escaped', () => {
    const html = panePage({ title: 'T', lang: 'fr', css: '', script: '', data: { autorun: '__TOKEN__', x: '"><script>' } });
    expect(html).toContain('<div id="tdr-pane" class="tdr-pane" data-autorun="__TOKEN__" data-x="&quot;&gt;&lt;script&gt;">');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/<noscript>.*JavaScript.*<\/noscript>/);
    // Only charset and viewport metas, whatever is asked.
    expect(html.match(/<meta /g)).toHaveLength(2);
    expect(() => panePage({ title: 'T', lang: 'fr', css: '', script: '', data: { 'a b': 'x' } })).toThrow(/bad data attribute/);
  });
});
