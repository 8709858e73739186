export { BUTLER_NAMES, namesTheButler } from './butler-names.ts';
