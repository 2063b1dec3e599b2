import rule from '../../../../core/rules/consolidation/partner-roles';
import { member, run } from '../../../support/consolidation';

const coordination = (gt: string, lead: string, entrant = 'Suède', sortant = 'Japon') => [
  [gt, entrant, 'Coordination - entrant'],
  [gt, lead, 'Coordination - en exercice'],
  [gt, sortant, 'Coordination - sortant'],
];

describe('consolidation/partner-roles', () => {
  it('valid: a PTF in two GT coordinations', () => {
    const { findings, summary } = run(rule, [
      member('gt1.xlsx', { gts: ['GT1'], members: coordination('GT1', 'UE', 'BM', 'France') }),
      member('gt2.xlsx', { gts: ['GT2'], members: coordination('GT2', 'UE', 'Canada', 'UNICEF') }),
      member('gt3.xlsx', { gts: ['GT3'], members: coordination('GT3', 'Suisse', 'Danemark', 'Pays-Bas') }),
    ]);
    expect(findings).toEqual([]);
    expect(summary.status).toBe('passed');
  });

  it('invalid: a PTF in three coordinations across three workbooks (info, on its row in the third)', () => {
    const { findings } = run(rule, [
      member('gt1.xlsx', { gts: ['GT1'], members: coordination('GT1', 'UE', 'BM', 'France') }),
      member('gt2.xlsx', { gts: ['GT2'], members: coordination('GT2', 'Canada', 'UE', 'UNICEF') }),
      member('gt3.xlsx', { gts: ['GT3'], members: coordination('GT3', 'Suisse', 'Danemark', 'UE') }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'tooMany', severity: 'info', workbook: 'gt3.xlsx', sheet: 'Membres', cell: 'B4', gt: 'GT3',
      data: { partner: 'UE', count: 3, gts: ['GT1', 'GT2', 'GT3'] },
    });
  });

  it('a workbook counts only the GT in its scope', () => {
    const { findings } = run(rule, [
      member('gt1.xlsx', { gts: ['GT1'], members: coordination('GT1', 'UE', 'BM', 'France') }),
      // A stray GT3 row with UE in a GT2 workbook: out of scope, not counted.
      member('gt2.xlsx', { gts: ['GT2', 'GT3'], scope: 'GT2', members: [...coordination('GT2', 'UE', 'Canada', 'UNICEF'), ...coordination('GT3', 'UE')] }),
    ]);
    expect(findings).toEqual([]);
  });
});
