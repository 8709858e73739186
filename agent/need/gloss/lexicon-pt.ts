import type { GlossLexicon } from './gloss-lexicon.ts';

/** Portuguese, read through a gloss into the reader's English words. */
export const PORTUGUESE: GlossLexicon = {
  language: 'pt',
  name: 'Portuguese',
  markers: ['o', 'os', 'um', 'uma', 'umas', 'uns', 'e', 'com', 'sem', 'para', 'minha', 'meu', 'procuro', 'preciso', 'quero', 'olá', 'não', 'até', 'no', 'na', 'obrigado', 'obrigada', 'do', 'da'],
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'olá': '', 'oi': '', 'bom dia': '', 'boa tarde': '', 'obrigado': 'thanks', 'obrigada': 'thanks', 'por favor': 'please',
    'procuro': 'looking for', 'estou à procura de': 'looking for', 'estou procurando': 'looking for', 'preciso de': 'I need', 'preciso': 'I need', 'quero': 'I want', 'queria': 'I would like', 'gostaria de': 'I would like', 'quer': 'wants', 'comprar': 'buy',
    // Articles, prepositions, conjunctions, pronouns.
    'o': 'the', 'a': 'the', 'os': 'the', 'as': 'the', 'um': 'a', 'uma': 'a', 'uns': 'about', 'umas': 'about',
    'de': 'of', 'do': 'of the', 'da': 'of the', 'dos': 'of the', 'das': 'of the', 'em': 'in', 'no': 'in the', 'na': 'in the', 'com': 'with', 'sem': 'without', 'para': 'for', 'pra': 'for', 'por': 'for', 'ao': 'to the',
    'e': 'and', 'ou': 'or', 'mas': 'but', 'que': 'that', 'muito': 'very', 'mais': 'more', 'também': 'also', 'se possível': 'if possible', 'de preferência': 'ideally',
    'meu': 'my', 'minha': 'my', 'meus': 'my', 'minhas': 'my', 'seu': 'his', 'sua': 'her', 'é': 'is', 'seja': 'be', 'sejam': 'be',
    // Budget cues.
    'máximo': 'max', 'no máximo': 'at most', 'não mais de': 'no more than', 'não mais que': 'no more than', 'menos de': 'under', 'abaixo de': 'under', 'até': { beforeFigure: 'up to', otherwise: 'by' },
    'entre': 'between', 'cerca de': 'about', 'por volta de': 'around', 'mais ou menos': 'about', 'aproximadamente': 'approximately', 'orçamento': 'budget', 'pelo menos': 'at least', 'no mínimo': 'at least', 'mínimo': 'min', 'barato': 'cheap', 'barata': 'cheap',
    'portes incluídos': 'incl shipping', 'frete incluído': 'incl shipping', 'com envio': 'incl shipping', 'iva incluído': 'incl VAT', 'euro': 'euros', 'euros': 'euros', 'reais': 'BRL', 'dólares': 'dollars', 'libras': 'pounds',
    // Negation.
    'não': 'not', 'nem': 'nor', 'nada de': 'no', 'exceto': 'except', 'menos': 'except', 'qualquer cor menos': 'any color except', 'qualquer cor exceto': 'any color except',
    // Recipients and ages.
    'presente': 'gift', 'presente para': 'gift for', 'prenda': 'gift', 'anos': 'years old', 'ano': 'year old',
    'mãe': 'mother', 'mamã': 'mum', 'mamãe': 'mum', 'pai': 'father', 'papai': 'dad', 'filho': 'son', 'filha': 'daughter', 'filhos': 'kids', 'criança': 'child', 'crianças': 'kids', 'menino': 'boy', 'menina': 'girl',
    'avó': 'grandmother', 'avô': 'grandfather', 'irmão': 'brother', 'irmã': 'sister', 'marido': 'husband', 'esposa': 'wife', 'mulher': 'wife', 'namorada': 'girlfriend', 'namorado': 'boyfriend',
    'sobrinho': 'nephew', 'sobrinha': 'niece', 'tia': 'aunt', 'tio': 'uncle', 'amigo': 'friend', 'amiga': 'friend', 'bebé': 'baby', 'bebê': 'baby',
    // Numbers said as words.
    'dois': 'two', 'duas': 'two', 'três': 'three', 'quatro': 'four', 'cinco': 'five', 'seis': 'six', 'sete': 'seven', 'oito': 'eight', 'nove': 'nine', 'dez': 'ten', 'doze': 'twelve',
    'vinte': 'twenty', 'cinquenta': 'fifty', 'cem': 'hundred', 'mil': 'thousand', 'par': 'pair',
    // Dates and deadlines.
    'antes de': 'before', 'antes do': 'before the', 'o mais rápido possível': 'asap', 'urgente': 'urgent',
    'fim do próximo mês': 'end of next month', 'final do próximo mês': 'end of next month', 'fim do mês': 'end of month', 'próximo mês': 'next month', 'próxima semana': 'next week', 'amanhã': 'tomorrow', 'hoje': 'today',
    'segunda-feira': 'monday', 'segunda': 'monday', 'terça-feira': 'tuesday', 'terça': 'tuesday', 'quarta-feira': 'wednesday', 'quarta': 'wednesday', 'quinta-feira': 'thursday', 'quinta': 'thursday',
    'sexta-feira': 'friday', 'sexta': 'friday', 'sábado': 'saturday', 'domingo': 'sunday',
    'janeiro': 'january', 'fevereiro': 'february', 'março': 'march', 'abril': 'april', 'maio': 'may', 'junho': 'june', 'julho': 'july', 'agosto': 'august',
    'setembro': 'september', 'outubro': 'october', 'novembro': 'november', 'dezembro': 'december', 'natal': 'christmas', 'aniversário': 'birthday',
    // Products.
    'sapatilhas de corrida': 'running shoes', 'ténis de corrida': 'running shoes', 'tênis de corrida': 'running shoes', 'sapatilhas': 'shoes', 'ténis': 'shoes', 'tênis': 'shoes', 'sapatos': 'shoes', 'tamanho': 'size', 'número': 'size',
    'auscultadores': 'headphones', 'fones de ouvido': 'headphones', 'auriculares': 'earbuds', 'café': 'coffee', 'café em grão': 'coffee beans', 'em grão': 'beans', 'moído': 'ground', 'torra': 'roast',
    'bicicleta': 'bike', 'bicicleta elétrica': 'e-bike', 'capacete de bicicleta': 'bike helmet', 'capacete': 'helmet', 'mochila': 'backpack', 'saco-cama': 'sleeping bag', 'saco de dormir': 'sleeping bag', 'tenda': 'tent', 'barraca': 'tent', 'mala': 'suitcase', 'mala de viagem': 'suitcase',
    'jogo de tabuleiro': 'board game', 'câmara': 'camera', 'câmera': 'camera', 'máquina fotográfica': 'camera', 'cadeira de escritório': 'office chair', 'chá': 'tea', 'coluna': 'speaker', 'caixa de som': 'speaker', 'máquina de lavar roupa': 'washing machine', 'máquina de lavar': 'washing machine',
    'berbequim': 'drill', 'furadeira': 'drill', 'telemóvel': 'phone', 'celular': 'phone', 'telefone': 'phone', 'colchão': 'mattress', 'portátil': 'laptop', 'computador portátil': 'laptop', 'ração para cão': 'dog food', 'ração para cães': 'dog food', 'ração': 'dog food',
    'leitor de ebooks': 'e-reader', 'leitor de livros digitais': 'e-reader', 'tapete de ioga': 'yoga mat', 'tapete de yoga': 'yoga mat', 'televisão': 'tv', 'televisor': 'tv', 'tablet': 'tablet', 'secador de cabelo': 'hair dryer', 'secador': 'hair dryer',
    'liquidificador': 'blender', 'liquidificadora': 'blender', 'varinha mágica': 'hand blender', 'escova de dentes elétrica': 'electric toothbrush', 'escova de dentes': 'toothbrush', 'casaco': 'jacket', 'blusão': 'jacket', 'impermeável de chuva': 'rain jacket',
    'carrinho de bebé': 'stroller', 'carrinho de bebê': 'stroller', 'purificador de ar': 'air purifier', 'aspirador': 'vacuum', 'aspirador robô': 'robot vacuum', 'robô aspirador': 'robot vacuum', 'aspirador vertical': 'stick vacuum',
    'corta-relva': 'lawn mower', 'cortador de grama': 'lawn mower', 'máquina de café': 'coffee machine', 'máquina de café expresso': 'espresso machine', 'cafeteira': 'coffee machine', 'chaleira': 'kettle', 'chaleira elétrica': 'electric kettle', 'jarro elétrico': 'electric kettle', 'quebra-cabeça': 'puzzle',
    // Features and attribute values.
    'sem fios': 'wireless', 'sem fio': 'wireless', 'cancelamento de ruído': 'noise cancelling', 'redução de ruído': 'noise cancelling', 'impermeável': 'waterproof', 'à prova de água': 'waterproof',
    'silencioso': 'quiet', 'silenciosa': 'quiet', 'leve': 'light', 'dobrável': 'foldable', 'elétrico': 'electric', 'elétrica': 'electric', 'eléctrico': 'electric', 'autoportante': 'freestanding',
    'aço inoxidável': 'stainless steel', 'inox': 'stainless steel', 'vidro': 'glass', 'plástico': 'plastic', 'madeira': 'wood', 'de madeira': 'wooden', 'alumínio': 'aluminium', 'carbono': 'carbon',
    'controlo de temperatura': 'temperature control', 'controle de temperatura': 'temperature control', 'espumador de leite': 'milk frother', 'moinho': 'grinder', 'cápsulas': 'capsules',
    'sem saco': 'bagless', 'pessoas': 'people', 'pessoa': 'person', 'litros': 'litres', 'litro': 'litre', 'polegadas': 'inch', 'rodas': 'wheels', 'mudanças': 'gears', 'peças': 'pieces',
    'montanha': 'mountain', 'estrada': 'road', 'cidade': 'city', 'urbana': 'city', 'caminhada': 'hiking', 'trilhos': 'hiking', 'infantil': 'kids', 'homem': 'men', 'de homem': "men's", 'de mulher': "women's",
    'de percussão': 'hammer', 'bateria': 'battery', 'baterias': 'batteries', 'luz quente': 'warm light', 'luz integrada': 'integrated light', 'rígida': 'hard shell', 'macio': 'soft', 'firme': 'firm', 'médio': 'medium',
    'espuma viscoelástica': 'memory foam', 'molas ensacadas': 'pocket spring', 'biológico': 'organic', 'orgânico': 'organic', 'comércio justo': 'fair trade', 'descafeinado': 'decaf', 'antiderrapante': 'non slip', 'sem pvc': 'pvc free', 'iónico': 'ionic', 'iônico': 'ionic',
    'filtro hepa': 'hepa filter', 'carga frontal': 'front loader', 'carga superior': 'top loader', 'classe energética': 'energy class', 'ecrã': 'screen', 'tela': 'screen', 'grande': 'big', 'pequeno': 'small', 'pequena': 'small', 'novo': 'new', 'nova': 'new', 'recondicionado': 'refurbished', 'usado': 'used',
    'capuz': 'hood', 'com capuz': 'with hood', 'escolar': 'school', 'de viagem': 'travel', 'de cabine': 'cabin size',
    'apoio lombar': 'lumbar support', 'apoios de braço': 'armrests', 'apoio de cabeça': 'headrest', 'malha': 'mesh', 'filhote': 'puppy', 'cachorrinho': 'puppy', 'sem cereais': 'grain free', 'seca': 'dry', 'húmida': 'wet', 'úmida': 'wet', 'chá verde': 'green tea', 'chá preto': 'black tea', 'a granel': 'loose leaf', 'em saquetas': 'tea bags', 'penas': 'down', 'sintético': 'synthetic', 'múmia': 'mummy', 'gasolina': 'petrol', 'autopropulsionado': 'self-propelled', 'sem espelho': 'mirrorless', 'desde o nascimento': 'from birth', 'compacto': 'compact', 'compacta': 'compact', 'ajustável': 'adjustable', 'ajustáveis': 'adjustable',
    // Colours.
    'preto': 'black', 'preta': 'black', 'pretos': 'black', 'pretas': 'black', 'branco': 'white', 'branca': 'white', 'vermelho': 'red', 'vermelha': 'red', 'azul': 'blue', 'verde': 'green', 'cinzento': 'grey', 'cinza': 'grey',
    'rosa': 'pink', 'cor-de-rosa': 'pink', 'amarelo': 'yellow', 'amarela': 'yellow', 'roxo': 'purple', 'roxa': 'purple', 'laranja': 'orange', 'prateado': 'silver', 'castanho': 'brown', 'marrom': 'brown',
  },
};
