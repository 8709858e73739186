import type { GlossLexicon } from './gloss-lexicon.ts';

/** Italian, read through a gloss into the reader's English words. */
export const ITALIAN: GlossLexicon = {
  language: 'it',
  name: 'Italian',
  markers: ['il', 'lo', 'gli', 'uno', 'di', 'da', 'per', 'con', 'senza', 'mio', 'mia', 'miei', 'cerco', 'vorrei', 'ciao', 'che', 'sotto', 'entro', 'della', 'del', 'grazie', 'anni', 'e'],
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'ciao': '', 'salve': '', 'buongiorno': '', 'grazie': 'thanks', 'per favore': 'please', 'per piacere': 'please',
    'cerco': 'looking for', 'sto cercando': 'looking for', 'mi serve': 'I need', 'ho bisogno di': 'I need', 'vorrei': 'I would like', 'voglio': 'I want', 'desidera': 'wants', 'vuole': 'wants', 'comprare': 'buy',
    // Articles, prepositions, conjunctions, pronouns.
    'il': 'the', 'lo': 'the', 'la': 'the', 'i': 'the', 'gli': 'the', 'le': 'the', 'l': 'the', 'un': 'a', 'uno': 'a', 'una': 'a',
    'di': 'of', 'del': 'of the', 'della': 'of the', 'dei': 'of the', 'delle': 'of the', 'da': 'of', 'a': 'to', 'al': 'to the', 'alla': 'to the', 'in': 'in', 'con': 'with', 'senza': 'without',
    'per': 'for', 'e': 'and', 'o': 'or', 'oppure': 'or', 'ma': 'but', 'che': 'that', 'molto': 'very', 'più': 'more', 'anche': 'also', 'se possibile': 'if possible', 'se si può': 'if possible',
    'mio': 'my', 'mia': 'my', 'miei': 'my', 'mie': 'my', 'suo': 'his', 'sua': 'her', 'è': 'is', 'sia': 'be', 'siano': 'be', 'andare al lavoro': 'commuting', 'per andare al lavoro': 'for commuting',
    // Budget cues.
    'massimo': 'max', 'al massimo': 'at most', 'non più di': 'no more than', 'meno di': 'under', 'sotto i': 'under', 'sotto': 'under', 'fino a': 'up to', 'tra': 'between', 'fra': 'between',
    'circa': 'about', 'intorno ai': 'around', 'sui': 'around', 'sulle': 'around', 'budget': 'budget', 'almeno': 'at least', 'minimo': 'min', 'economico': 'cheap', 'economica': 'cheap',
    'spedizione inclusa': 'incl shipping', 'spedizione compresa': 'incl shipping', 'iva inclusa': 'incl VAT', 'euro': 'euros', 'dollari': 'dollars', 'sterline': 'pounds',
    // Negation.
    'non': 'not', 'né': 'nor', 'niente': 'no', 'nessun': 'no', 'tranne': 'except', 'eccetto': 'except', 'qualsiasi colore tranne': 'any color except',
    // Recipients and ages.
    'regalo': 'gift', 'regalo per': 'gift for', 'da regalare': 'as a gift', 'anni': 'years old', 'anno': 'year old',
    'madre': 'mother', 'mamma': 'mum', 'padre': 'father', 'papà': 'dad', 'figlio': 'son', 'figlia': 'daughter', 'figli': 'kids', 'bambino': 'child', 'bambina': 'girl', 'bambini': 'kids',
    'nonna': 'grandmother', 'nonno': 'grandfather', 'fratello': 'brother', 'sorella': 'sister', 'marito': 'husband', 'moglie': 'wife', 'fidanzata': 'girlfriend', 'fidanzato': 'boyfriend',
    'nipote': 'nephew', 'nipotina': 'niece', 'zia': 'aunt', 'zio': 'uncle', 'amico': 'friend', 'amica': 'friend', 'neonato': 'baby',
    // Numbers said as words.
    'due': 'two', 'tre': 'three', 'quattro': 'four', 'cinque': 'five', 'sei': 'six', 'sette': 'seven', 'otto': 'eight', 'nove': 'nine', 'dieci': 'ten', 'dodici': 'twelve',
    'venti': 'twenty', 'cinquanta': 'fifty', 'cento': 'hundred', 'mille': 'thousand', 'paio': 'pair',
    // Dates and deadlines.
    'entro il': 'by the', 'entro': 'by', 'prima del': 'before the', 'prima di': 'before', 'per il': 'by the', 'al più tardi': 'at the latest', 'il prima possibile': 'asap', 'urgente': 'urgent',
    'fine mese': 'end of month', 'fine del mese prossimo': 'end of next month', 'entro fine mese prossimo': 'by end of next month', 'il mese prossimo': 'next month', 'la settimana prossima': 'next week', 'domani': 'tomorrow', 'oggi': 'today',
    'lunedì': 'monday', 'martedì': 'tuesday', 'mercoledì': 'wednesday', 'giovedì': 'thursday', 'venerdì': 'friday', 'sabato': 'saturday', 'domenica': 'sunday',
    'gennaio': 'january', 'febbraio': 'february', 'marzo': 'march', 'aprile': 'april', 'maggio': 'may', 'giugno': 'june', 'luglio': 'july', 'agosto': 'august',
    'settembre': 'september', 'ottobre': 'october', 'novembre': 'november', 'dicembre': 'december', 'natale': 'christmas', 'compleanno': 'birthday',
    // Products.
    'scarpe da corsa': 'running shoes', 'scarpe da running': 'running shoes', 'scarpe': 'shoes', 'taglia': 'size', 'numero': 'size', 'cuffie': 'headphones', 'auricolari': 'earbuds',
    'caffè': 'coffee', 'caffè in grani': 'coffee beans', 'in grani': 'beans', 'macinato': 'ground', 'tostatura': 'roast', 'bicicletta': 'bike', 'bici': 'bike', 'bici da città': 'city bike',
    'casco da bici': 'bike helmet', 'casco': 'helmet', 'zaino': 'backpack', 'sacco a pelo': 'sleeping bag', 'tenda': 'tent', 'tenda da campeggio': 'tent', 'valigia': 'suitcase', 'gioco da tavolo': 'board game',
    'fotocamera': 'camera', 'macchina fotografica': 'camera', 'sedia da ufficio': 'office chair', 'tè': 'tea', 'cassa': 'speaker', 'altoparlante': 'speaker', 'lavatrice': 'washing machine',
    'trapano': 'drill', 'cellulare': 'phone', 'telefono': 'phone', 'materasso': 'mattress', 'portatile': 'laptop', 'computer portatile': 'laptop', 'crocchette': 'dog food', 'cibo per cani': 'dog food',
    'lettore di ebook': 'e-reader', 'lettore ebook': 'e-reader', 'tappetino da yoga': 'yoga mat', 'tappetino yoga': 'yoga mat', 'televisore': 'tv', 'tablet': 'tablet', 'asciugacapelli': 'hair dryer', 'phon': 'hair dryer',
    'frullatore': 'blender', 'frullatore a immersione': 'hand blender', 'minipimer': 'hand blender', 'spazzolino elettrico': 'electric toothbrush', 'spazzolino': 'toothbrush', 'giacca': 'jacket', 'giubbotto': 'jacket', 'cappotto': 'coat',
    'passeggino': 'stroller', 'purificatore d\'aria': 'air purifier', 'depuratore d\'aria': 'air purifier', 'aspirapolvere': 'vacuum', 'robot aspirapolvere': 'robot vacuum', 'scopa elettrica': 'stick vacuum',
    'tosaerba': 'lawn mower', 'rasaerba': 'lawn mower', 'macchina da caffè': 'coffee machine', 'macchina del caffè': 'coffee machine', 'macchina per espresso': 'espresso machine', 'bollitore': 'kettle', 'bollitore elettrico': 'electric kettle',
    // Features and attribute values.
    'senza fili': 'wireless', 'wireless': 'wireless', 'cancellazione del rumore': 'noise cancelling', 'riduzione del rumore': 'noise cancelling', 'sovraurali': 'over-ear', 'over-ear': 'over-ear', 'in-ear': 'in-ear',
    'impermeabile': 'waterproof', 'silenzioso': 'quiet', 'silenziosa': 'quiet', 'leggero': 'light', 'leggera': 'light', 'pieghevole': 'foldable', 'elettrico': 'electric', 'elettrica': 'electric', 'autoportante': 'freestanding',
    'acciaio inox': 'stainless steel', 'acciaio inossidabile': 'stainless steel', 'vetro': 'glass', 'plastica': 'plastic', 'legno': 'wood', 'in legno': 'wooden', 'alluminio': 'aluminium', 'carbonio': 'carbon',
    'controllo della temperatura': 'temperature control', 'regolazione della temperatura': 'temperature control', 'montalatte': 'milk frother', 'macinacaffè': 'grinder', 'capsule': 'capsules',
    'senza sacchetto': 'bagless', 'persone': 'people', 'persona': 'person', 'litri': 'litres', 'litro': 'litre', 'pollici': 'inch', 'ruote': 'wheels', 'marce': 'gears', 'pezzi': 'pieces',
    'montagna': 'mountain', 'strada': 'road', 'città': 'city', 'trekking': 'hiking', 'escursionismo': 'hiking', 'da trekking': 'hiking', 'per bambini': 'for kids', 'uomo': 'men', 'da uomo': "men's", 'da donna': "women's", 'donna': 'women',
    'a percussione': 'hammer', 'batteria': 'battery', 'batterie': 'batteries', 'luce calda': 'warm light', 'luce integrata': 'integrated light', 'rigida': 'hard shell', 'morbido': 'soft', 'rigido': 'firm', 'medio': 'medium',
    'memory': 'memory foam', 'molle insacchettate': 'pocket spring', 'biologico': 'organic', 'bio': 'organic', 'equosolidale': 'fair trade', 'decaffeinato': 'decaf', 'antiscivolo': 'non slip', 'senza pvc': 'pvc free', 'ionico': 'ionic', 'ioni': 'ionic',
    'filtro hepa': 'hepa filter', 'carica frontale': 'front loader', 'carica dall\'alto': 'top loader', 'classe energetica': 'energy class', 'schermo': 'screen', 'grande': 'big', 'piccolo': 'small', 'nuovo': 'new', 'ricondizionato': 'refurbished', 'usato': 'used',
    'cappuccio': 'hood', 'con cappuccio': 'with hood', 'scolastico': 'school', 'per la scuola': 'school', 'da viaggio': 'travel', 'bagaglio a mano': 'cabin size',
    'supporto lombare': 'lumbar support', 'braccioli regolabili': 'adjustable armrests', 'braccioli': 'armrests', 'poggiatesta': 'headrest', 'rete': 'mesh', 'cucciolo': 'puppy', 'senza cereali': 'grain free', 'secco': 'dry', 'umido': 'wet', 'taglia grande': 'large breed', 'tè verde': 'green tea', 'tè nero': 'black tea', 'sfuso': 'loose leaf', 'in bustine': 'tea bags', 'piuma': 'down', 'sintetico': 'synthetic', 'mummia': 'mummy', 'a scoppio': 'petrol', 'semovente': 'self-propelled', 'dalla nascita': 'from birth', 'compatto': 'compact', 'compatta': 'compact', 'regolabile': 'adjustable', 'regolabili': 'adjustable',
    // Colours.
    'nero': 'black', 'nera': 'black', 'neri': 'black', 'nere': 'black', 'bianco': 'white', 'bianca': 'white', 'bianchi': 'white', 'rosso': 'red', 'rossa': 'red', 'rossi': 'red',
    'blu': 'blue', 'azzurro': 'blue', 'verde': 'green', 'verdi': 'green', 'grigio': 'grey', 'grigia': 'grey', 'rosa': 'pink', 'giallo': 'yellow', 'gialla': 'yellow', 'viola': 'purple', 'arancione': 'orange', 'argento': 'silver', 'marrone': 'brown',
  },
};
