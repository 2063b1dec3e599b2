import rule from '../../../../core/rules/consolidation/gt-coverage';
import { member, run } from '../../../support/consolidation';

const five = () => ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'].map((gt) => member(`${gt.toLowerCase()}.xlsx`, { gts: [gt] }));

describe('consolidation/gt-coverage', () => {
  it('has its metadata in both languages', () => {
    expect(rule.tdr).toBeTruthy();
    for (const m of Object.values(rule.messages)) expect(m.fr && m.en).toBeTruthy();
  });

  it('valid: five workbooks, one GT each', () => {
    const { findings, summary } = run(rule, five());
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({ status: 'passed', evaluated: 5, failed: 0 });
  });

  it('valid: a GT covered by its Périmètre alone (no GT PTF row yet: gt-set says so in that workbook)', () => {
    const members = five();
    members[2] = member('gt3.xlsx', { gts: [], scope: 'GT3' });
    expect(run(rule, members).findings).toEqual([]);
  });

  it('invalid: four workbooks leave a GT uncovered (no workbook holds the cell)', () => {
    const { findings } = run(rule, five().filter((m) => m.file !== 'gt4.xlsx'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: 'missing', severity: 'error', workbook: null, sheet: null, cell: null, data: { gt: 'GT4' } });
    expect(findings[0].message).toBe('Aucun des classeurs consolidés ne couvre GT4 (Paix et sécurité).');
  });

  it('invalid: a GT kept in two workbooks, anchored in the later one (argument order), on its GT row', () => {
    const members = [...five(), member('autre.xlsx', { gts: ['GT2'] })];
    const { findings } = run(rule, members, 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'duplicate', workbook: 'autre.xlsx', sheet: 'Groupes', cell: 'B2', gt: 'GT2', data: { gt: 'GT2', first: 'gt2.xlsx' },
    });
    expect(findings[0].message).toContain('already by gt2.xlsx');
  });

  it('invalid: covered by a Périmètre only in the later workbook: anchored on the Périmètre cell', () => {
    const members = [...five(), member('autre.xlsx', { gts: [], scope: 'GT5' })];
    const { findings } = run(rule, members);
    expect(findings[0]).toMatchObject({ messageId: 'duplicate', workbook: 'autre.xlsx', sheet: 'Paramètres', cell: 'B2' });
  });
});
