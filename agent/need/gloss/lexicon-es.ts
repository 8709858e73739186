import type { GlossLexicon } from './gloss-lexicon.ts';

/** Spanish, read through a gloss into the reader's English words. */
export const SPANISH: GlossLexicon = {
  language: 'es',
  name: 'Spanish',
  markers: ['el', 'los', 'las', 'una', 'unos', 'unas', 'y', 'con', 'sin', 'para', 'mi', 'mis', 'busco', 'necesito', 'quiero', 'hola', 'que', 'menos', 'hasta', 'del', 'muy', 'gracias', 'por favor', 'pero'],
  compounds: false,
  words: {
    // Greetings, asking, politeness: nothing the reader needs.
    'hola': '', 'buenas': '', 'buenos días': '', 'gracias': 'thanks', 'por favor': 'please', 'porfa': 'please',
    'busco': 'looking for', 'estoy buscando': 'looking for', 'necesito': 'I need', 'quiero': 'I want', 'quisiera': 'I would like', 'me gustaría': 'I would like',
    'dice que quiere': 'wants', 'quiere': 'wants', 'comprar': 'buy', 'regalar': 'give', 'me hace falta': 'I need',
    // Articles, prepositions, conjunctions, pronouns.
    'el': 'the', 'la': 'the', 'los': 'the', 'las': 'the', 'un': 'a', 'una': 'a', 'unos': 'about', 'unas': 'about', 'lo': '',
    'de': 'of', 'del': 'of the', 'a': 'to', 'al': 'to the', 'en': 'in', 'con': 'with', 'sin': 'without', 'para': 'for', 'por': 'for',
    'y': 'and', 'o': 'or', 'u': 'or', 'pero': 'but', 'que': 'that', 'muy': 'very', 'más': 'more', 'bien': 'well', 'también': 'also',
    'mi': 'my', 'mis': 'my', 'su': 'his', 'sus': 'his', 'tu': 'your', 'es': 'is', 'son': 'are', 'sea': 'be', 'sean': 'be', 'si es posible': 'if possible', 'si puede ser': 'if possible',
    // Budget cues.
    'máximo': 'max', 'como máximo': 'at most', 'como mucho': 'at most', 'a lo sumo': 'at most', 'no más de': 'no more than', 'menos de': 'under', 'por debajo de': 'under',
    'hasta': { beforeFigure: 'up to', otherwise: 'by' }, 'entre': 'between', 'alrededor de': 'around', 'aproximadamente': 'approximately', 'aprox': 'approx', 'sobre': 'around',
    'presupuesto': 'budget', 'mínimo': 'min', 'al menos': 'at least', 'por lo menos': 'at least', 'como mínimo': 'at least', 'barato': 'cheap', 'económico': 'cheap',
    'envío incluido': 'incl shipping', 'con envío': 'incl shipping', 'iva incluido': 'incl VAT', 'pesos': 'pesos', 'euro': 'euro', 'euros': 'euros', 'dólares': 'dollars', 'libras': 'pounds',
    // Negation.
    'no': 'not', 'ni': 'nor', 'nada de': 'no', 'que no sea': 'not', 'que no sean': 'not', 'excepto': 'except', 'salvo': 'except', 'cualquier color menos': 'any color except', 'menos': 'except',
    // Recipients and ages.
    'regalo': 'gift', 'regalo para': 'gift for', 'para regalar': 'as a gift', 'años': 'years old', 'año': 'year old',
    'madre': 'mother', 'mamá': 'mum', 'padre': 'father', 'papá': 'dad', 'hijo': 'son', 'hija': 'daughter', 'hijos': 'kids', 'niño': 'child', 'niña': 'girl', 'niños': 'kids',
    'abuela': 'grandmother', 'abuelo': 'grandfather', 'hermano': 'brother', 'hermana': 'sister', 'marido': 'husband', 'esposo': 'husband', 'mujer': 'woman', 'esposa': 'wife',
    'novia': 'girlfriend', 'novio': 'boyfriend', 'sobrino': 'nephew', 'sobrina': 'niece', 'tía': 'aunt', 'tío': 'uncle', 'amigo': 'friend', 'amiga': 'friend', 'bebé': 'baby',
    // Numbers said as words.
    'uno': 'one', 'dos': 'two', 'tres': 'three', 'cuatro': 'four', 'cinco': 'five', 'seis': 'six', 'siete': 'seven', 'ocho': 'eight', 'nueve': 'nine', 'diez': 'ten',
    'doce': 'twelve', 'veinte': 'twenty', 'cien': 'hundred', 'cincuenta': 'fifty', 'mil': 'thousand', 'par': 'pair', 'dos unidades': 'two',
    // Dates and deadlines.
    'antes del': 'before the', 'antes de': 'before', 'para el': 'by the', 'como tarde el': 'by the', 'a más tardar': 'by', 'lo antes posible': 'asap', 'urgente': 'urgent',
    'fin de mes': 'end of month', 'fin del mes que viene': 'end of next month', 'final del mes que viene': 'end of next month', 'el mes que viene': 'next month', 'la semana que viene': 'next week', 'mañana': 'tomorrow', 'hoy': 'today',
    'lunes': 'monday', 'martes': 'tuesday', 'miércoles': 'wednesday', 'jueves': 'thursday', 'viernes': 'friday', 'sábado': 'saturday', 'domingo': 'sunday',
    'enero': 'january', 'febrero': 'february', 'marzo': 'march', 'abril': 'april', 'mayo': 'may', 'junio': 'june', 'julio': 'july', 'agosto': 'august',
    'septiembre': 'september', 'setiembre': 'september', 'octubre': 'october', 'noviembre': 'november', 'diciembre': 'december', 'navidad': 'christmas', 'cumpleaños': 'birthday',
    // Products.
    'zapatillas de running': 'running shoes', 'zapatillas para correr': 'running shoes', 'zapatillas': 'shoes', 'zapatos': 'shoes', 'talla': 'size', 'número': 'size',
    'auriculares': 'headphones', 'cascos': 'headphones', 'café': 'coffee', 'café en grano': 'coffee beans', 'café molido': 'ground coffee', 'en grano': 'beans', 'molido': 'ground', 'tostado': 'roast', 'tueste': 'roast',
    'bicicleta': 'bike', 'bici': 'bike', 'bicicleta eléctrica': 'e-bike', 'casco de bici': 'bike helmet', 'casco de bicicleta': 'bike helmet', 'casco': 'helmet',
    'mochila': 'backpack', 'saco de dormir': 'sleeping bag', 'tienda de campaña': 'tent', 'tienda de camping': 'tent', 'maleta': 'suitcase', 'juego de mesa': 'board game',
    'cámara': 'camera', 'cámara de fotos': 'camera', 'silla de oficina': 'office chair', 'té': 'tea', 'altavoz': 'speaker', 'lavadora': 'washing machine', 'puzle': 'puzzle', 'rompecabezas': 'puzzle',
    'taladro': 'drill', 'móvil': 'phone', 'teléfono': 'phone', 'colchón': 'mattress', 'monitor': 'monitor', 'portátil': 'laptop', 'ordenador portátil': 'laptop',
    'pienso': 'dog food', 'comida para perros': 'dog food', 'libro electrónico': 'e-reader', 'lector de libros electrónicos': 'e-reader', 'lector electrónico': 'e-reader', 'esterilla de yoga': 'yoga mat',
    'esterilla': 'mat', 'televisor': 'tv', 'televisión': 'tv', 'tele': 'tv', 'tableta': 'tablet', 'secador de pelo': 'hair dryer', 'secador': 'hair dryer', 'pulsera de actividad': 'fitness tracker',
    'batidora': 'blender', 'licuadora': 'blender', 'cepillo de dientes eléctrico': 'electric toothbrush', 'cepillo de dientes': 'toothbrush', 'chaqueta': 'jacket', 'abrigo': 'coat', 'chubasquero': 'rain jacket',
    'cochecito': 'stroller', 'carrito de bebé': 'stroller', 'purificador de aire': 'air purifier', 'aspiradora': 'vacuum', 'robot aspirador': 'robot vacuum', 'aspiradora escoba': 'stick vacuum',
    'cortacésped': 'lawn mower', 'cafetera': 'coffee machine', 'cafetera de cápsulas': 'capsule coffee machine', 'cafetera superautomática': 'bean-to-cup coffee machine', 'hervidor': 'kettle', 'hervidor eléctrico': 'electric kettle',
    // Features and attribute values.
    'inalámbrico': 'wireless', 'inalámbricos': 'wireless', 'inalámbrica': 'wireless', 'inalámbricas': 'wireless', 'sin cable': 'cordless', 'sin cables': 'cordless',
    'cancelación de ruido': 'noise cancelling', 'de diadema': 'over-ear', 'de botón': 'in-ear', 'intrauditivos': 'in-ear', 'impermeable': 'waterproof', 'resistente al agua': 'waterproof',
    'silencioso': 'quiet', 'silenciosa': 'quiet', 'ligero': 'light', 'ligera': 'light', 'plegable': 'foldable', 'eléctrico': 'electric', 'eléctrica': 'electric', 'autoportante': 'freestanding',
    'acero inoxidable': 'stainless steel', 'inox': 'stainless steel', 'vidrio': 'glass', 'cristal': 'glass', 'plástico': 'plastic', 'madera': 'wood', 'de madera': 'wooden', 'aluminio': 'aluminium', 'carbono': 'carbon',
    'control de temperatura': 'temperature control', 'regulador de temperatura': 'temperature control', 'espumador de leche': 'milk frother', 'molinillo': 'grinder', 'cápsulas': 'capsules',
    'sin bolsa': 'bagless', 'personas': 'people', 'persona': 'person', 'litros': 'litres', 'litro': 'litre', 'pulgadas': 'inch', 'ruedas': 'wheels', 'marchas': 'gears', 'piezas': 'pieces',
    'montaña': 'mountain', 'carretera': 'road', 'asfalto': 'road', 'ciudad': 'city', 'urbana': 'city', 'de paseo': 'city', 'senderismo': 'hiking', 'infantil': 'kids', 'para niños': 'for kids',
    'hombre': 'men', 'de hombre': "men's", 'de mujer': "women's", 'percutor': 'hammer', 'taladro percutor': 'hammer drill', 'batería': 'battery', 'baterías': 'batteries',
    'luz cálida': 'warm light', 'luz integrada': 'integrated light', 'con luz': 'with light', 'duro': 'hard', 'rígida': 'hard shell', 'blanda': 'soft', 'firme': 'firm', 'medio': 'medium',
    'viscoelástico': 'memory foam', 'muelles ensacados': 'pocket spring', 'ecológico': 'organic', 'orgánico': 'organic', 'comercio justo': 'fair trade', 'descafeinado': 'decaf',
    'antideslizante': 'non slip', 'sin pvc': 'pvc free', 'iónico': 'ionic', 'iones': 'ionic', 'filtro hepa': 'hepa filter', 'carga frontal': 'front loader', 'carga superior': 'top loader', 'clase energética': 'energy class',
    'pantalla': 'screen', 'grande': 'big', 'pequeño': 'small', 'pequeña': 'small', 'barata': 'cheap', 'nuevo': 'new', 'nueva': 'new', 'reacondicionado': 'refurbished', 'de segunda mano': 'used',
    'escolar': 'school', 'mochila escolar': 'school backpack', 'de viaje': 'travel', 'capucha': 'hood', 'con capucha': 'with hood', 'de cabina': 'cabin size',
    'soporte lumbar': 'lumbar support', 'reposabrazos ajustables': 'adjustable armrests', 'reposabrazos': 'armrests', 'reposacabezas': 'headrest', 'malla': 'mesh', 'cachorro': 'puppy', 'sin cereales': 'grain free', 'seco': 'dry', 'húmedo': 'wet', 'raza grande': 'large breed', 'té verde': 'green tea', 'té negro': 'black tea', 'a granel': 'loose leaf', 'en bolsitas': 'tea bags', 'plumón': 'down', 'sintético': 'synthetic', 'momia': 'mummy', 'gasolina': 'petrol', 'autopropulsado': 'self-propelled', 'sin espejo': 'mirrorless', 'desde el nacimiento': 'from birth', 'compacto': 'compact', 'compacta': 'compact', 'ajustable': 'adjustable', 'ajustables': 'adjustable',
    // Colours (any gender and number).
    'negro': 'black', 'negra': 'black', 'negros': 'black', 'negras': 'black', 'blanco': 'white', 'blanca': 'white', 'blancos': 'white', 'blancas': 'white',
    'rojo': 'red', 'roja': 'red', 'rojos': 'red', 'rojas': 'red', 'azul': 'blue', 'azules': 'blue', 'verde': 'green', 'verdes': 'green', 'gris': 'grey', 'grises': 'grey',
    'rosa': 'pink', 'rosas': 'pink', 'amarillo': 'yellow', 'amarilla': 'yellow', 'morado': 'purple', 'morada': 'purple', 'lila': 'purple', 'naranja': 'orange', 'plateado': 'silver', 'dorado': 'gold', 'marrón': 'brown',
  },
};
