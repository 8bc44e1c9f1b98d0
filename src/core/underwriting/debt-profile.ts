/**
 * The repayment profile of a loan (DEBT_SCHEDULE's `profile`, LEASE_FINANCING's
 * `debt_profile`): how its debt service is spread over the tenor.
 */
import { invalidInput } from '../errors';
import { choiceSet, optional, optionalText, ParamSpec } from '../params';
import { shareBelowOne } from '../rules';

/**
 * sculpted: service proportional to CFADS (the DSCR the same every year); level: the same
 * service every year (an annuity); bullet: interest only, the principal at the tenor; balloon:
 * level service on the loan less a share left to the tenor, that share paid then.
 */
export type DebtProfile = 'sculpted' | 'level' | 'bullet' | 'balloon';

export const debtProfiles: readonly DebtProfile[] = ['sculpted', 'level', 'bullet', 'balloon'];

/** `[balloon_share=0]`: the share of the loan left to the end of the tenor, below 1 (1 is a bullet). */
export const balloonShareParam = optional('balloon_share', 0, shareBelowOne);

/** The profiles as the metadata's custom enum, so Excel's AutoComplete offers them. */
const debtProfileChoices = choiceSet('DebtProfile', debtProfiles);

/** A profile parameter: text, one of debtProfiles (offered by AutoComplete); omitted, the function's own default. */
export function debtProfileParam(name: string, defaultValue: DebtProfile | undefined): ParamSpec<string | undefined> {
  return { ...optionalText(name, defaultValue ?? 'sculpted', debtProfileChoices), defaultValue };
}

/**
 * Reads a profile as typed (any case, spaces around ignored) and checks that a balloon share
 * goes with the balloon profile.
 *
 * @param parameter the parameter's name, for the messages
 * @param typed the text received
 * @param balloonShare the balloon share received, 0 to 1
 * @returns the profile
 * @throws invalid_input for a text that names no profile, or a balloon share > 0 with another profile
 * @example debtProfile('profile', ' Bullet ', 0) === 'bullet'
 */
export function debtProfile(parameter: string, typed: string, balloonShare: number): DebtProfile {
  const profile = typed.trim().toLowerCase() as DebtProfile;
  if (!debtProfiles.includes(profile)) throw invalidInput(parameter, `must be one of ${debtProfiles.join(', ')}`, typed);
  if (balloonShare > 0 && profile !== 'balloon') {
    throw invalidInput('balloon_share', `must be 0 unless ${parameter} is balloon (${parameter} is ${profile})`, balloonShare);
  }
  return profile;
}
