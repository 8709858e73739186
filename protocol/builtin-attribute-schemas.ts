import type { AttributeDefinition, CategoryAttributes } from './attribute-schema.ts';
import { TAXONOMY, type BuiltinCategory } from './taxonomy.ts';

/** French labels of the built-in vocabularies' attribute names. */
const FRENCH: Readonly<Record<string, string>> = {
  size_eu: 'Pointure (EU)',
  terrain: 'Terrain',
  waterproof: 'Imperméable',
  drop_mm: 'Drop',
  weight_g: 'Poids',
  cushioning: 'Amorti',
  width: 'Largeur',
  gender: 'Genre',
  vegan: 'Vegan',
  recycled_materials: 'Matières recyclées',
  color: 'Couleur',
  form: 'Format',
  noise_cancelling: 'Réduction de bruit active',
  wireless: 'Sans fil',
  battery_hours: 'Autonomie',
  water_resistance: "Résistance à l'eau",
  multipoint: 'Multipoint',
  codec_ldac: 'Codec LDAC',
  roast: 'Torréfaction',
  use: 'Usage',
  organic: 'Bio',
  fair_trade: 'Commerce équitable',
  decaf: 'Décaféiné',
  origin: 'Origine',
  arabica_percent: "Part d'arabica",
};

function englishLabel(name: string): string {
  const words = name.replace(/_(eu|mm|g|percent|hours)$/, '').split('_');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A built-in category's vocabulary (TAXONOMY) as a 1.1 attribute schema, ready for a brand card. */
export function builtinCategoryAttributes(category: BuiltinCategory): CategoryAttributes {
  const attributes: AttributeDefinition[] = Object.entries(TAXONOMY[category].attributes).map(([name, raw]) => {
    const attr = raw as { type: string; unit?: string; values?: readonly string[]; description: string };
    const labels = { en: englishLabel(name), ...(FRENCH[name] ? { fr: FRENCH[name] } : {}) };
    if (attr.type === 'enum') return { name, type: 'enum', values: [...(attr.values ?? [])], labels, description: attr.description };
    if (attr.type === 'number') return { name, type: 'number', ...(attr.unit ? { unit: attr.unit } : {}), labels, description: attr.description };
    if (attr.type === 'boolean') return { name, type: 'boolean', labels, description: attr.description };
    return { name, type: 'text', labels, description: attr.description };
  });
  return { category, attributes };
}
