import rule from '../../../../core/rules/consolidation/duplicate-group';
import { member, run } from '../../../support/consolidation';

const sante = ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'];
const eau = ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2'];

describe('consolidation/duplicate-group', () => {
  it('valid: each dialogue group in one workbook; clusters may be in every workbook', () => {
    const cluster = ['CL-SANTE', 'Santé', 'Cluster', ''];
    const { findings, summary } = run(rule, [
      member('gt2.xlsx', { gts: ['GT2'], groups: [sante, eau, cluster] }),
      member('gt3.xlsx', { gts: ['GT3'], groups: [['GD-JUSTICE', 'Justice', 'Groupe de dialogue', 'GT3'], cluster] }),
    ]);
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({ status: 'passed', evaluated: 3 });
  });

  it('invalid: the same reference group in two workbooks, under another code and name in the second', () => {
    const { findings } = run(rule, [
      member('gt2.xlsx', { gts: ['GT2'], groups: [sante, eau] }),
      member('gt2-bis.xlsx', { gts: ['GT4'], groups: [['SANTE', 'Health', 'Groupe de dialogue', 'GT4']] }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'duplicate', severity: 'error', workbook: 'gt2-bis.xlsx', sheet: 'Groupes', cell: 'B3', group: 'SANTE',
      data: { first: 'gt2.xlsx', firstRow: 3 },
    });
  });

  it('invalid: a group outside the reference list, matched by its code', () => {
    const local = ['GD-LOCAL', 'Groupe local', 'Groupe de dialogue', 'GT2'];
    const { findings } = run(rule, [
      member('a.xlsx', { gts: ['GT2'], groups: [local] }),
      member('b.xlsx', { gts: ['GT3'], groups: [['gd-local', 'Autre nom', 'Groupe de dialogue', 'GT3']] }),
    ]);
    expect(findings.map((f) => `${f.workbook} ${f.cell}`)).toEqual(['b.xlsx B3']);
  });
});
