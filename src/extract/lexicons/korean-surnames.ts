/**
 * Romanised Korean family names, in the spellings English-language releases use. A name of the
 * shape `<surname> <Given-name>` (`Park Ha-rin`) is a person wherever it appears.
 */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang',
  'Cho', 'Jo', 'Yoon', 'Yun', 'Jang', 'Chang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Sin',
  'Kwon', 'Hwang', 'Ahn', 'An', 'Song', 'Yoo', 'Yu', 'Ryu', 'Jeon', 'Chun', 'Jun', 'Hong', 'Ko', 'Go',
  'Moon', 'Mun', 'Yang', 'Son', 'Sohn', 'Bae', 'Baek', 'Paik', 'Heo', 'Huh', 'Nam', 'Noh', 'Roh',
  'Ha', 'Kwak', 'Sung', 'Seong', 'Cha', 'Joo', 'Ju', 'Woo', 'Koo', 'Gu', 'Min', 'Na', 'Ra', 'Jin',
  'Ji', 'Uhm', 'Eom', 'Chae', 'Won', 'Cheon', 'Bang', 'Kong', 'Hyun', 'Hyeon', 'Ham', 'Byun',
  'Byeon', 'Yeom', 'Yeo', 'Choo', 'Chu', 'Do', 'Doh', 'So', 'Seok', 'Suk', 'Sun', 'Sul', 'Seol',
  'Ma', 'Gil', 'Kil', 'Yeon', 'Pyo', 'Myung', 'Ki', 'Bok', 'Eun', 'Maeng', 'Tak', 'Kook', 'Gook',
  'Yeh', 'Ye', 'Hahm', 'Lew', 'Wi', 'Ok', 'Pi', 'Tae', 'Jegal', 'Namgung', 'Hwangbo', 'Je',
  // Two-syllable family names: `Sakong` (also `Sagong`), `Seonwoo` (also `Sunwoo`), `Dokgo`.
  'Sakong', 'Sagong', 'Seonwoo', 'Sunwoo', 'Dokgo',
]);

/**
 * Older romanisations of Korean family names (`Cheong`, `Bark`, `Chey`, `Whang`) that releases
 * still print for some people. They tell a found person's country, but they do not make a span a
 * name: `Cheong Wa Dae`, the former presidential office, has the shape `<surname> <Given-name>`.
 */
export const KOREAN_SURNAME_VARIANTS: ReadonlySet<string> = new Set([
  'Cheong', 'Bark', 'Bahk', 'Chey', 'Whang', 'Rhie', 'Rhyu', 'Shim', 'Sim', 'Yim', 'Lyu', 'Gong', 'Hur', 'Pyun', 'Rho',
]);
