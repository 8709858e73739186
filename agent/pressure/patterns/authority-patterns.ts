import { re, tacticPatterns } from './tactic-pattern.ts';

const EXPERTS = String.raw`(?:doctors?|physicians?|dentists?|dermatologists?|podiatrists?|physio(?:therapist)?s?|nutritionists?|dietitians?|dieticians?|pharmacists?|vets?|veterinarians?|scientists?|experts?|specialists?|professionals?|pros|chefs?|coaches|trainers|athletes|baristas|engineers|researchers|nasa|surgeons?|nurses?|paediatricians?|pediatricians?|allergists?|orthopedists?|chiropractors?|psychologists?|sommeliers?|mechanics?|technicians?|olympians?|champions?|elite athletes|medical professionals|health professionals|healthcare professionals|industry leaders|insiders|teachers|instructors|tutors|firefighters|fire officers|fire fighters|electricians|plumbers|opticians|optometrists|midwives|pilots|architects|groomers|mountain guides)`;

/** Cues of unverifiable expert or science appeals. */
export const AUTHORITY_PATTERNS = tacticPatterns('authority', [
  ['clinically-proven', 0.9, re`\b(?:clinically|scientifically|medically|dermatologically|laboratory|lab|university|clinical(?:ly)?|science|research|doctor|expert|dentist|pharmacist|dermatologist|podiatrist|physician|vet)[- ](?:proven|tested|validated|shown|approved|backed|formulated|studied|certified|developed|recommended|trusted|designed|endorsed|proved)\b`],
  ['experts-verb', 0.85, re`\b(?:top\s+|leading\s+|real\s+|professional\s+|many\s+|most\s+|independent\s+|award-winning\s+|pro\s+)?${EXPERTS}\s+(?:\w+\s+)?(?:recommend(?:ed|s)?|approved?|trust(?:ed|s)?|endorsed?|tested|agree|say|warn|swear by|choose|confirm|prefer|rely on|vouch for|love|hate|developed|designed|created|formulated)\b`],
  ['verb-by-experts', 0.9, re`\b(?:recommended|approved|endorsed|trusted|used|chosen|developed|formulated|designed|tested|certified|worn|preferred|backed|validated|created|praised|relied on)\s+(?:[a-z]+\s+){0,3}?(?:by|with)\s+(?:\d+\s*(?:out of|in|/)\s*\d+\s+)?(?:[a-z-]+\s+){0,2}?${EXPERTS}\b`],
  ['n-of-experts', 0.9, re`\b\d+\s*(?:out of|in|/)\s*\d+\s+(?:\w+\s+)?${EXPERTS}\b|\b\d+\s*% of\s+${EXPERTS}\b`],
  ['studies-show', 0.85, re`\b(?:studies|research|science|trials?|experts?|scientists|evidence)\s+(?:show|shows|prove|proves|proven|confirm|confirms|suggest|suggests|has shown|have shown|says|say|agree|demonstrates?)\b`],
  ['backed-by-science', 0.9, re`\b(?:science|research|clinically|studies|evidence)[- ]backed\b|\bbacked by (?:science|research|studies|clinical|doctors|experts)\b|\bproven by (?:science|research|studies)\b`],
  ['proven-to', 0.7, re`\bproven (?:to|results|formula|effective|effectiveness|technology|method|benefits)\b|\bproven to work\b`],
  ['grade', 0.72, re`\b(?:medical|hospital|pharmaceutical|clinical|pharma|military|professional|lab|laboratory|surgical)[- ]grade\b`],
  ['choice-of-experts', 0.85, re`\b(?:the\s+)?(?:choice|favou?rite|pick|secret) of (?:the\s+)?(?:experts|professionals|pros|doctors|chefs|champions|athletes|insiders)\b|\bexperts?'?s?\s+(?:choice|pick)\b|\b(?:the|our|your|a) (?!chefs?\b)${EXPERTS}(?:'s|s'|')\s+(?:choice|pick|favou?rite)\b`],
  ['as-recommended-by', 0.9, re`\bas recommended by\b|\bas (?:used|worn|endorsed) by\b`],
  ['developed-with', 0.8, re`\b(?:developed|formulated|designed|created)\s+(?:together\s+)?with\s+(?:leading\s+|top\s+)?${EXPERTS}\b`],
  ['approved-by-body', 0.75, re`\b(?:approved|endorsed|certified|recommended|accredited|backed|seal of approval)\s+(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:council|association|institute|board|society|academy|federation|foundation|college|organi[sz]ation|commission|authority)\b`],
  ['under-supervision', 0.85, re`\bunder (?:medical|clinical|expert|doctors?'?|scientific|professional) supervision\b|\bwith (?:input|help|advice|guidance|insights?) from (?:[a-z]+\s+){0,3}?(?:${EXPERTS}|olympic|professional|pro)\b`],
  ['clinical-results', 0.8, re`\bclinical (?:results|studies|trials?|data|evidence|tests?)\b|\bexpert'?s?'? (?:secret|choice|pick|favou?rite)\b`],
  ['scientifically', 0.75, re`\bscientifically\s+(?:formulated|designed|engineered|advanced|developed)\b`],
]);
