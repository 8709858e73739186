// Public API of the person's profile and policies: standing rules enforced in code.
export { ProfileSchema, PERSONAL_VALUES, DISCLOSURE_LEVELS, defaultProfile } from './profile.ts';
export type { Profile, PersonalValue } from './profile.ts';
export { checkPolicy, valueConstraints } from './check-policy.ts';
export type { PolicyRule, PolicyVerdict, PolicyViolation } from './check-policy.ts';
