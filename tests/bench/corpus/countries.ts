/** How a country's people are named; picks the name generator in person-names.ts. */
export type NameShape = 'korean' | 'japanese' | 'chinese' | 'vietnamese' | 'gulf' | 'central-asian' | 'french' | 'german' | 'nordic' | 'hispanic' | 'portuguese' | 'anglo' | 'indian' | 'malay' | 'indonesian' | 'east-african' | 'west-african' | 'slavic';

export interface Country {
  /** As written in running text: "the United States", "Kazakhstan". */
  readonly name: string;
  /** Without the article, as in "Korea–United States". */
  readonly short: string;
  readonly adjective: string;
  readonly cities: readonly string[];
  readonly names: NameShape;
}

const c = (name: string, adjective: string, cities: string[], names: NameShape): Country => ({ name, short: name.replace(/^the /, ''), adjective, cities, names });

/** The home country of the publishing ministry. */
export const HOME = c('Korea', 'Korean', ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Gwangju', 'Daejeon', 'Ulsan', 'Sejong', 'Changwon', 'Pohang', 'Gumi', 'Yeosu', 'Gunsan', 'Pyeongtaek', 'Cheongju', 'Gangneung'], 'korean');

/** Partner countries, the frequent partners first (picked with a skew). */
export const PARTNERS: readonly Country[] = [
  c('the United States', 'American', ['Washington, D.C.', 'New York', 'Atlanta', 'Houston', 'San Jose', 'Detroit'], 'anglo'),
  c('China', 'Chinese', ['Beijing', 'Shanghai', 'Shenzhen', 'Tianjin', 'Chengdu', 'Qingdao'], 'chinese'),
  c('Japan', 'Japanese', ['Tokyo', 'Osaka', 'Fukuoka', 'Nagoya', 'Yokohama'], 'japanese'),
  c('Vietnam', 'Vietnamese', ['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Hai Phong'], 'vietnamese'),
  c('the United Arab Emirates', 'Emirati', ['Abu Dhabi', 'Dubai', 'Sharjah'], 'gulf'),
  c('Germany', 'German', ['Berlin', 'Munich', 'Frankfurt', 'Hamburg', 'Düsseldorf'], 'german'),
  c('India', 'Indian', ['New Delhi', 'Mumbai', 'Chennai', 'Bengaluru', 'Hyderabad'], 'indian'),
  c('Indonesia', 'Indonesian', ['Jakarta', 'Surabaya', 'Batam', 'Bandung'], 'indonesian'),
  c('Saudi Arabia', 'Saudi', ['Riyadh', 'Jeddah', 'Dammam', 'NEOM'], 'gulf'),
  c('France', 'French', ['Paris', 'Lyon', 'Marseille', 'Toulouse'], 'french'),
  c('the United Kingdom', 'British', ['London', 'Manchester', 'Edinburgh', 'Birmingham'], 'anglo'),
  c('Australia', 'Australian', ['Canberra', 'Sydney', 'Melbourne', 'Perth'], 'anglo'),
  c('Kazakhstan', 'Kazakh', ['Astana', 'Almaty', 'Shymkent'], 'central-asian'),
  c('Uzbekistan', 'Uzbek', ['Tashkent', 'Samarkand', 'Bukhara'], 'central-asian'),
  c('Poland', 'Polish', ['Warsaw', 'Kraków', 'Wrocław', 'Gdańsk'], 'slavic'),
  c('Mexico', 'Mexican', ['Mexico City', 'Monterrey', 'Guadalajara'], 'hispanic'),
  c('Brazil', 'Brazilian', ['Brasília', 'São Paulo', 'Rio de Janeiro'], 'portuguese'),
  c('Canada', 'Canadian', ['Ottawa', 'Toronto', 'Vancouver', 'Montreal'], 'anglo'),
  c('Malaysia', 'Malaysian', ['Kuala Lumpur', 'Penang', 'Johor Bahru'], 'malay'),
  c('Sweden', 'Swedish', ['Stockholm', 'Gothenburg', 'Malmö'], 'nordic'),
  c('Qatar', 'Qatari', ['Doha', 'Lusail'], 'gulf'),
  c('Spain', 'Spanish', ['Madrid', 'Barcelona', 'Valencia', 'Bilbao'], 'hispanic'),
  c('Chile', 'Chilean', ['Santiago', 'Valparaíso', 'Antofagasta'], 'hispanic'),
  c('Kenya', 'Kenyan', ['Nairobi', 'Mombasa', 'Kisumu'], 'east-african'),
  c('Nigeria', 'Nigerian', ['Abuja', 'Lagos', 'Port Harcourt'], 'west-african'),
  c('Norway', 'Norwegian', ['Oslo', 'Bergen', 'Stavanger'], 'nordic'),
  c('Peru', 'Peruvian', ['Lima', 'Arequipa', 'Cusco'], 'hispanic'),
  c('Colombia', 'Colombian', ['Bogotá', 'Medellín', 'Cartagena'], 'hispanic'),
  c('Portugal', 'Portuguese', ['Lisbon', 'Porto'], 'portuguese'),
  c('Denmark', 'Danish', ['Copenhagen', 'Aarhus'], 'nordic'),
  c('Finland', 'Finnish', ['Helsinki', 'Espoo', 'Tampere'], 'nordic'),
  c('Czechia', 'Czech', ['Prague', 'Brno', 'Ostrava'], 'slavic'),
  c('Hungary', 'Hungarian', ['Budapest', 'Debrecen'], 'slavic'),
  c('Mongolia', 'Mongolian', ['Ulaanbaatar', 'Erdenet'], 'central-asian'),
  c('the Philippines', 'Philippine', ['Manila', 'Cebu', 'Davao'], 'hispanic'),
  c('Thailand', 'Thai', ['Bangkok', 'Chiang Mai', 'Rayong'], 'indonesian'),
  c('Singapore', 'Singaporean', ['Singapore'], 'chinese'),
  c('New Zealand', 'New Zealand', ['Wellington', 'Auckland', 'Christchurch'], 'anglo'),
  c('Egypt', 'Egyptian', ['Cairo', 'Alexandria'], 'gulf'),
  c('Morocco', 'Moroccan', ['Rabat', 'Casablanca', 'Tangier'], 'french'),
  c('Tanzania', 'Tanzanian', ['Dodoma', 'Dar es Salaam'], 'east-african'),
  c('Ghana', 'Ghanaian', ['Accra', 'Kumasi'], 'west-african'),
  c('Argentina', 'Argentine', ['Buenos Aires', 'Córdoba', 'Rosario'], 'hispanic'),
  c('Ecuador', 'Ecuadorian', ['Quito', 'Guayaquil'], 'hispanic'),
  c('Türkiye', 'Turkish', ['Ankara', 'Istanbul', 'Izmir'], 'central-asian'),
  c('Romania', 'Romanian', ['Bucharest', 'Cluj-Napoca'], 'slavic'),
  c('the Netherlands', 'Dutch', ['Amsterdam', 'Rotterdam', 'The Hague'], 'german'),
  c('Italy', 'Italian', ['Rome', 'Milan', 'Turin'], 'hispanic'),
];
