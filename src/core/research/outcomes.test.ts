import { describe, expect, it } from 'vitest';
import { OUTCOME_OF_LIFT_REASON, OUTCOMES, isKnownLiftReason, outcomeOf, reasonKey } from './outcomes.js';

describe('outcomeOf', () => {
  it('maps every modern lift reason of the research note', () => {
    expect(outcomeOf('Booked into Detention')).toBe('transferred-to-ice');
    expect(outcomeOf('Detainer Declined by LEA')).toBe('declined-by-agency');
    expect(outcomeOf('Case Closed')).toBe('lifted-by-ice');
    expect(outcomeOf('Duplicate')).toBe('reissued');
    expect(outcomeOf('Early Release')).toBe('released');
    expect(outcomeOf('ICE Temporary Resource Constraint')).toBe('lifted-by-ice');
    expect(outcomeOf('Insufficient Notice to ICE')).toBe('released');
    expect(outcomeOf('No longer in State, Local, or Federal Custody')).toBe('released');
    expect(outcomeOf('Not Amenable to Removal')).toBe('lifted-by-ice');
    expect(outcomeOf('Noncitizen Not Amenable to Removal')).toBe('lifted-by-ice');
    expect(outcomeOf('Judicial Review')).toBe('lifted-by-ice');
    expect(outcomeOf('Prosecutorial Discretion')).toBe('lifted-by-ice');
    expect(outcomeOf('Superseding - New Form Issued')).toBe('reissued');
    expect(outcomeOf('USC or Presumptive Claim to US Citizenship')).toBe('lifted-by-ice');
  });

  it("maps the NPR era's reasons", () => {
    expect(outcomeOf('Lifted')).toBe('lifted-by-ice');
    expect(outcomeOf('Lifted - Lack of Funds')).toBe('lifted-by-ice');
    expect(outcomeOf('Lifted - Lack of Space')).toBe('lifted-by-ice');
    expect(outcomeOf('Alien Not Subject to Deportation')).toBe('lifted-by-ice');
    expect(outcomeOf('United States Citizen Interviewed')).toBe('lifted-by-ice');
    expect(outcomeOf('Transferred')).toBe('other');
    expect(outcomeOf('Died')).toBe('other');
  });

  it('ignores capitals and spaces, as releases differ in them', () => {
    expect(outcomeOf('NO LONGER IN STATE, LOCAL, OR FEDERAL CUSTODY')).toBe('released');
    expect(outcomeOf('No Longer in State,Local, or Federal Custody')).toBe('released');
    expect(outcomeOf('  superseding -  new form issued ')).toBe('reissued');
    expect(outcomeOf('detainer declined by lea')).toBe('declined-by-agency');
    expect(isKnownLiftReason('DUPLICATE')).toBe(true);
  });

  it('counts an unknown reason as other and an empty one as pending', () => {
    expect(outcomeOf('Something New')).toBe('other');
    expect(isKnownLiftReason('Something New')).toBe(false);
    expect(outcomeOf('  ')).toBe('pending');
    expect(outcomeOf(null)).toBe('pending');
  });

  it('has one row per reason key and only outcomes of the list', () => {
    const keys = Object.keys(OUTCOME_OF_LIFT_REASON).map(reasonKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const outcome of Object.values(OUTCOME_OF_LIFT_REASON)) expect(OUTCOMES).toContain(outcome);
  });
});
