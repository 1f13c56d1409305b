import type { NameShape } from './countries.js';
import type { Random } from './random.js';

/** A generated person's name: the full form and the surname a second mention uses ("Minister Park"). */
export interface PersonName {
  readonly full: string;
  readonly surname: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s: string): string[] => s.split(' ');

const KOREAN_FAMILY = words('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Um Chae Won Chun Bang Gong Hyun Ham Byun Yeom Do Seok Seol Ma Gil Yeon Pyo Myung Ki Ban Geum Ok Yook Maeng Tak Eun');
const KOREAN_SYLLABLE = words('min jun seo ji hyun woo young soo jae sung ho jin eun hee kyung dong hoon han koo chan won tae il yong chul su na ra bin hwan gyu joon seok mi yeon ah nam sang hye in gun hak myeong uk');
const JAPANESE_FAMILY_A = words('Yama Naka Matsu Taka Haya Ishi Kawa Fuji Mori Hashi Saka Nishi Hira Oka Kita Aoki Shima Ueno Kuro Sugi');
const JAPANESE_FAMILY_B = words('moto da shita mura kawa saki no ta hara uchi gawa be zawa oka yama');
const JAPANESE_GIVEN = words('Hiroshi Takayuki Kenji Yoshiko Kazuo Akira Naoko Satoshi Tomoko Haruki Masato Yuki Keiko Daisuke Emiko Shinji Ryota Ayumi Noboru Fumiko');
const CHINESE_FAMILY = words('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Song Zheng Xie Han Tang Feng');
const CHINESE_SYLLABLE = words('wen tao xiao ming jian guo hua wei lin jun hong ping qiang yan li feng hai bo yong jie zhi gang ning yu chun hui');
const VIET_FAMILY = words('Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ho Ngo Duong Ly');
const VIET_MIDDLE = words('Van Thi Duc Minh Quoc Hong Thanh Xuan');
const VIET_GIVEN = words('An Binh Hai Hung Lan Long Nam Phuong Thanh Tuan Dung Khanh Quang Son Trung Vinh Hoa Mai');
const GULF_GIVEN = words('Hamad Khalid Mohammed Abdullah Sultan Saeed Faisal Ahmed Majid Nasser Omar Rashid Hamdan Mansour Yousef Salem Tariq Ibrahim');
const GULF_FAMILY = words('Mansoori Hashimi Kaabi Ketbi Shamsi Dhaheri Hammadi Mheiri Naqbi Otaibi Qahtani Harbi Shehhi Marzouqi');
const CA_GIVEN = words('Nurlan Askar Serik Yerlan Aigerim Dana Bakhyt Timur Rustam Dilshod Zarina Bolat Gulnara Aziz Farrukh Murat Elif Batbayar Saruul');
const CA_ROOT = words('Tokay Bekmur Suleimen Zhaksy Karim Abdull Usman Tursun Yusup Ismail Alim Nazar Omar Dosym Yerzhan Kurbon Mirzo');
const CA_END = words('ov ev bekov baev ovich uly');
const FRENCH_GIVEN = words('Jean-Baptiste Marie-Claire Pierre Luc Camille Étienne Hélène Amélie Jean-Luc Sophie Thibault Aurélie Jean-Marc');
const FRENCH_FAMILY = words('Dubois Lefèvre Girard Bonnet Fontaine Rousseau Mercier Blanchard Chevalier Gauthier Lambert Faure Perrin');
const GERMAN_GIVEN = words('Klaus Stefan Jürgen Anja Katrin Matthias Sabine Wolfgang Ulrike Tobias Henrik Pieter Femke');
const GERMAN_FAMILY = words('Schneider Weber Becker Hoffmann Schäfer Koch Richter Wagner Krüger Vogel Brandt de Vries Janssen');
const NORDIC_GIVEN = words('Lars Ingrid Sven Astrid Johan Karin Magnus Sigrid Anders Liisa Mikko Freja Erik');
const NORDIC_FAMILY = words('Lindqvist Andersson Nyström Berg Holm Dahl Virtanen Korhonen Sandberg Eriksen Halvorsen Lund');
const HISPANIC_GIVEN = ['María José', 'Juan Carlos', 'Alejandro', 'Lucía', 'Carlos', 'Ana María', 'Diego', 'Valentina', 'José Luis', 'Gabriela', 'Fernando', 'Isabel'];
const HISPANIC_FAMILY = words('García López Fernández Rodríguez Morales Castillo Herrera Navarro Romero Vargas Ortega Mendoza Rojas Salazar');
const PORTUGUESE_GIVEN = ['João', 'Ana Paula', 'Rodrigo', 'Beatriz', 'Luiz Carlos', 'Mariana', 'Tiago', 'Fernanda'];
const PORTUGUESE_FAMILY = words('Silva Santos Oliveira Costa Pereira Almeida Carvalho Ribeiro Martins Barbosa');
const ANGLO_GIVEN = words('James Sarah Michael Emily David Rachel Thomas Laura Daniel Olivia Andrew Catherine Patrick Megan Gregory Hannah');
const ANGLO_FAMILY = words('Harrington Whitfield Caldwell Prescott Ashworth Bennett Fletcher Lawson Carver Donnelly Sinclair Holloway Pemberton Radcliffe Thornton');
const INDIAN_GIVEN = words('Rajesh Priya Anil Sunita Arvind Deepak Kavita Sanjay Vikram Meera Rohan Ananya Suresh Lakshmi');
const INDIAN_FAMILY = words('Sharma Verma Iyer Nair Reddy Menon Chatterjee Mukherjee Rao Pillai Kulkarni Deshpande Banerjee Joshi');
const MALAY_GIVEN = words('Ahmad Faizal Nurul Azman Siti Hafiz Rahim Zulkifli Aminah Ismail Hasnah');
const MALAY_FATHER = words('Rahman Hassan Abdullah Yusof Osman Ibrahim Aziz Hamid');
const INDONESIAN_GIVEN = words('Budi Siti Agus Dewi Joko Rina Bambang Sri Hendra Wulan Arief Somchai Niran Kanya');
const INDONESIAN_FAMILY = words('Santoso Rahayu Wibowo Setiawan Hartono Kusuma Pratama Susanto Wongsakul Chaiyaporn');
const EA_GIVEN = words('Wanjiku Kamau Otieno Achieng Mwangi Njeri Baraka Amani Zawadi Juma Neema');
const EA_FAMILY = words('Odhiambo Kiprono Mutua Wambui Chebet Mwakyusa Ndege Kimaro Ochieng Kariuki');
const WA_GIVEN = words('Adebayo Chinedu Ngozi Oluwaseun Kwame Ama Yaw Folake Emeka Abena');
const WA_FAMILY = words('Okafor Adeyemi Balogun Eze Okonkwo Mensah Boateng Asante Nwosu Owusu');
const SLAVIC_GIVEN = words('Tomasz Katarzyna Piotr Agnieszka Jan Petra Lukáš Zsófia András Ioana Mihai Marek');
const SLAVIC_FAMILY = words('Kowalski Nowak Wiśniewski Dvořák Novotný Horváth Szabó Popescu Ionescu Zieliński Kovács Procházka');

const pair = (given: readonly string[], family: readonly string[]) => (r: Random): PersonName => {
  const surname = r.pick(family);
  return { full: `${r.pick(given)} ${surname}`, surname };
};

const SHAPES: Record<NameShape, (r: Random) => PersonName> = {
  // Family name first, a hyphenated two-syllable given name: "Park Seo-jin".
  korean: (r) => {
    const surname = r.pick(KOREAN_FAMILY);
    return { full: `${surname} ${cap(r.pick(KOREAN_SYLLABLE))}-${r.pick(KOREAN_SYLLABLE)}`, surname };
  },
  japanese: (r) => {
    const surname = `${r.pick(JAPANESE_FAMILY_A)}${r.pick(JAPANESE_FAMILY_B)}`;
    // Both orders appear in releases: "Matsumoto Kenji" and "Kenji Matsumoto".
    return { full: r.chance(0.5) ? `${surname} ${r.pick(JAPANESE_GIVEN)}` : `${r.pick(JAPANESE_GIVEN)} ${surname}`, surname };
  },
  chinese: (r) => {
    const surname = r.pick(CHINESE_FAMILY);
    const given = r.chance(0.7) ? cap(r.pick(CHINESE_SYLLABLE)) + r.pick(CHINESE_SYLLABLE) : cap(r.pick(CHINESE_SYLLABLE));
    return { full: `${surname} ${given}`, surname };
  },
  // The given name is the last word and the one used on second mention: "Minister Nam" for Pham Van Nam.
  vietnamese: (r) => {
    const given = r.pick(VIET_GIVEN);
    return { full: `${r.pick(VIET_FAMILY)} ${r.pick(VIET_MIDDLE)} ${given}`, surname: given };
  },
  gulf: (r) => {
    const family = r.pick(GULF_FAMILY);
    const honorific = r.chance(0.25) ? 'Sheikh ' : '';
    return { full: `${honorific}${r.pick(GULF_GIVEN)} bin ${r.pick(GULF_GIVEN)} Al ${family}`, surname: `Al ${family}` };
  },
  'central-asian': (r) => {
    const surname = `${r.pick(CA_ROOT)}${r.pick(CA_END)}`;
    return { full: `${r.pick(CA_GIVEN)} ${surname}`, surname };
  },
  french: pair(FRENCH_GIVEN, FRENCH_FAMILY),
  german: pair(GERMAN_GIVEN, GERMAN_FAMILY),
  nordic: pair(NORDIC_GIVEN, NORDIC_FAMILY),
  // Two family names: "María José Navarro Ortega", called "Minister Navarro".
  hispanic: (r) => {
    const surname = r.pick(HISPANIC_FAMILY);
    return { full: `${r.pick(HISPANIC_GIVEN)} ${surname}${r.chance(0.5) ? ` ${r.pick(HISPANIC_FAMILY)}` : ''}`, surname };
  },
  portuguese: pair(PORTUGUESE_GIVEN, PORTUGUESE_FAMILY),
  // A middle initial now and then: "Thomas J. Fletcher".
  anglo: (r) => {
    const surname = r.pick(ANGLO_FAMILY);
    const middle = r.chance(0.2) ? ` ${String.fromCharCode(65 + r.int(0, 25))}.` : '';
    return { full: `${r.pick(ANGLO_GIVEN)}${middle} ${surname}`, surname };
  },
  indian: pair(INDIAN_GIVEN, INDIAN_FAMILY),
  malay: (r) => {
    const given = r.pick(MALAY_GIVEN);
    const honorific = r.chance(0.3) ? 'Datuk ' : '';
    return { full: `${honorific}${given} bin ${r.pick(MALAY_FATHER)}`, surname: given };
  },
  indonesian: (r) => {
    // Many Indonesians go by one name.
    if (r.chance(0.2)) {
      const only = r.pick(INDONESIAN_GIVEN);
      return { full: only, surname: only };
    }
    return pair(INDONESIAN_GIVEN, INDONESIAN_FAMILY)(r);
  },
  'east-african': pair(EA_GIVEN, EA_FAMILY),
  'west-african': pair(WA_GIVEN, WA_FAMILY),
  slavic: pair(SLAVIC_GIVEN, SLAVIC_FAMILY),
};

/** A person's name in the shape of the given naming tradition. */
export function personName(shape: NameShape, random: Random): PersonName {
  return SHAPES[shape](random);
}
