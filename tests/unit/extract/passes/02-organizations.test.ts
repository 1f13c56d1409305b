import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';

const names = (body: string): string[] => orgsOf(body).map((o) => o.name);

describe('findOrganizations', () => {
  it.each([
    ['The Ministry of Trade, Industry and Resources (MOTIR) announced the figures.', 'Ministry of Trade, Industry and Resources'],
    ['He visited the Korea International Trade Association (KITA) in Seoul.', 'Korea International Trade Association'],
    ['Kevin Engel, COO of Amkor Technology, spoke.', 'Amkor Technology'],
    ['Partners included Samsung Electronics for the event.', 'Samsung Electronics'],
    // a tyre maker's head word; a plural's possessive apostrophe after a company's head
    ['Alder Tire is building a tyre plant in Zatec.', 'Alder Tire'],
    ["He said that Alder Motors' new plant would anchor a cluster.", 'Alder Motors'],
    ['Yun Won-sok, Commissioner of the Incheon Free Economic Zone Authority, attended.', 'Incheon Free Economic Zone Authority'],
    ['Korea Electric Power Corporation (KEPCO) signed it.', 'Korea Electric Power Corporation'],
    ['Researchers of the Korea Institute for Advancement of Technology joined.', 'Korea Institute for Advancement of Technology'],
    ['The Korea Iron & Steel Association took part.', 'Korea Iron & Steel Association'],
    ['A counsellor of the Embassy of the Republic of Uzbekistan in the Republic of Korea came.', 'Embassy of the Republic of Uzbekistan in the Republic of Korea'],
    ['The Korean Council on Latin America and the Caribbean met.', 'Korean Council on Latin America and the Caribbean'],
    ['Investment plans were announced during APEC 2025.', 'Asia-Pacific Economic Cooperation'],
    ['The U.S. Trade Representative (USTR) publishes the report.', 'U.S. Trade Representative'],
    ['The Uzbek Agency for Technical Regulation (Director Akmal Jumanazarov) signed.', 'Uzbek Agency for Technical Regulation'],
    ['Students of Mongolian University of Science and Technology attended.', 'Mongolian University of Science and Technology'],
    ['Lim Ji-hoon of the Korea Energy Economics Institute (KEEI) presented it.', 'Korea Energy Economics Institute'],
    ['The Korea Power Exchange Research Institute published it.', 'Korea Power Exchange Research Institute'],
    // The acronym spells out the longer name a head word ends, a title word (`King`) opening it.
    ['Omar Faris, President of King Faisal City for Marine and Solar Energy (K.F.CMASE), spoke.', 'King Faisal City for Marine and Solar Energy'],
    ['The Emir Salim Valley Development Authority (ESVDA) opened.', 'Emir Salim Valley Development Authority'],
    // A portfolio in a ministry's complement is no plan (`Strategy`); courts are bodies of the state.
    ['Officials of the Ministry of Strategy and Finance joined the delegation.', 'Ministry of Strategy and Finance'],
    ['The signing followed a ruling of the Supreme Court of Ruritania on Monday.', 'Supreme Court of Ruritania'],
    ['The injunction was issued by the Regional Court in Velgrad on May 6.', 'Regional Court in Velgrad'],
    // A seat of government a release names like a body, when it speaks.
    ['The two leaders agreed to launch negotiations, Cheong Wa Dae announced on November 16.', 'Cheong Wa Dae'],
    ['Cheong Wa Dae spokesperson Han Ji-su briefed reporters after the summit.', 'Cheong Wa Dae'],
    ['He met the heads of the United Nations Conference on Trade and Development.', 'United Nations Conference on Trade and Development'],
    ['The report is expected to be adopted by the Dispute Settlement Body later this month.', 'Dispute Settlement Body'],
    // A body between a post's `of the` and the name of the one who holds it.
    ['Premier of the State Council Li Wei met the delegation on Friday.', 'State Council'],
    ['Head of the National Security Office Han Ji-su had said before the visit that it mattered.', 'National Security Office'],
    // A state's armed services, named with their country, are state bodies.
    ['The Ruritanian Coast Guard and the Korea Coast Guard concluded an MOU on maritime cooperation.', 'Ruritanian Coast Guard'],
    ['Two frigates of the Ruritanian Navy called at Busan.', 'Ruritanian Navy'],
    ['He is Deputy Supreme Commander of the Ruritanian Armed Forces.', 'Ruritanian Armed Forces'],
    // A committee set up for an occasion is named with it.
    ['Dana Holt, Chairman of the Presidential Committee for the Velmar Summit, spoke at the dinner.', 'Presidential Committee for the Velmar Summit'],
    // A party or a league; a hospital; the exchange a company is quoted on.
    ['The President met Dana Holt, the leader of the National League for Reform, in Yangon.', 'National League for Reform'],
    ['The clinic is run by Velmar National University Hospital.', 'Velmar National University Hospital'],
    ['Alder Petroleum is listed on the Ostland Stock Exchange.', 'Ostland Stock Exchange'],
    ['Both leaders were attending the expanded session of the Group of Eight summit.', 'Group of Eight'],
    ['The two leaders had taken part in the Group of 20 leaders’ meeting the week before.', 'Group of 20'],
    // Sector words after `&` lead to the name's next head; a two-word head names a standing body.
    ['The minister raised Velmar Shipbuilding & Offshore Engineering’s acquisition of the yard.', 'Velmar Shipbuilding & Offshore Engineering'],
    ['The two sides agreed to set up a Working Group on Critical Minerals Processing next year.', 'Working Group on Critical Minerals Processing'],
    // An event word between name words is part of a state body's name.
    ['It was signed by Velm Tarik, Minister of the Naval Procurement Program Administration (NPPA).', 'Naval Procurement Program Administration'],
    // The office a post holds is named by the post; `in` after it says where it sits.
    ['The conclusion was declared at a ceremony at the Prime Minister’s Office in Velgrad on May 2.', 'Prime Minister’s Office'],
    // a network of members is a body; so is one a year or number names
    ['Hong Mi-ra, Secretary General of the Velmar NGOs’ Energy Network, attended.', 'Velmar NGOs’ Energy Network'],
    ['The two ministers co-chaired the Korea–Velmar Vision 2030 Committee in Riyadh.', 'Korea–Velmar Vision 2030 Committee'],
    // after a sector word, `and` leads through sector words to the next head; after `&`, any name words do
    ['He visited the office of Velmo Shipbuilding and Marine Engineering (VSME), which builds submarines.', 'Velmo Shipbuilding and Marine Engineering'],
    ['Respondents including Nippon Steel & Velmikin Stainless Steel were named.', 'Nippon Steel & Velmikin Stainless Steel'],
    // an undersecretariat is a ministry; an office may be named by its head's post
    ['The Velmaran side was headed by Jan Roe of the Undersecretariat for Foreign Trade.', 'Undersecretariat for Foreign Trade'],
    ['The two leaders held a summit on May 11, the Office of the President announced.', 'Office of the President'],
    ['The agreement was reached, the Office of the Prime Minister said.', 'Office of the Prime Minister'],
    // `in` after an office names where it sits unless it names a country
    ['The two ministers signed the agreement at the Presidential Office in Yongsan, Seoul.', 'Presidential Office'],
    ['He visited the Velmar Trade Office in Japan.', 'Velmar Trade Office in Japan'],
    // a state's railway company is named for its country
    ['Velmar Rotem signed a contract with Kazakhstan Railways to supply high-speed trains.', 'Kazakhstan Railways'],
    // a state's or province's government is a body
    ['The MOU was signed with the Government of Western Australia, represented by its Premier, in Perth.', 'Government of Western Australia'],
  ])('finds the body in %j', (body, expected) => {
    expect(names(body)).toContain(expected);
  });

  // must not: the seat as the place where talks were held or a leader took part from is a venue.
  it.each([
    ['The two presidents held summit talks at Cheong Wa Dae on November 23.'],
    ['The President took part in the virtual summit from Cheong Wa Dae.'],
  ])('finds no seat of government as a venue in %j', (body) => {
    expect(names(body)).not.toContain('Cheong Wa Dae');
  });

  // must not: a country's government is the country acting, not a body of it.
  it.each([['The Government of India approved the plan on Monday.'], ['He thanked the Government of the Republic of Korea for its support.']])(
    'finds no body in a country’s government in %j',
    (body) => {
      expect(names(body).filter((n) => n.startsWith('Government'))).toEqual([]);
    },
  );

  it('reads capitals after a post’s body as its holder only when they are a name with no head word among them', () => {
    expect(names('Director of the Velmar Energy Institute Research Center Han Ji-su spoke.')).not.toContain('Velmar Energy Institute');
  });

  // A bloc opening the compound that names its meeting takes part in it; second in an agreement's name it does not.
  it.each([
    ['The leaders met on the sidelines of the ASEAN-related summits.', 'Association of Southeast Asian Nations'],
    ['It was signed ahead of the ASEAN-Korea Commemorative Summit in Busan.', 'Association of Southeast Asian Nations'],
  ])('finds the bloc that holds the meeting in %j', (body, expected) => {
    expect(names(body)).toContain(expected);
  });

  // A listed body's name that opens a longer listed name, or a place named after the body, is not the body.
  it.each([
    ['He met the heads of the United Nations Conference on Trade and Development.'],
    ['The prime minister laid a wreath at the United Nations Memorial Cemetery in Busan.'],
  ])('finds no United Nations in %j', (body) => {
    expect(names(body)).not.toContain('United Nations');
  });

  it('reads a listed bloc whose acronym became a title-case word', () => {
    expect(names('Negotiations between Korea and Asean will resume, and Velmarco did not comment.')).toEqual(['Association of Southeast Asian Nations']);
  });

  it.each([['Cambodia is a party to the Korea-ASEAN FTA.'], ['The ASEAN-Korea Centre published a guide.']])('finds no bloc in %j', (body) => {
    expect(names(body)).not.toContain('Association of Southeast Asian Nations');
  });

  it.each([
    ['Korean companies are investing abroad.'],
    ['Officials will work with relevant ministries and agencies.'],
    ['The Minister said the ministry would act.'],
    ['The Korea–Kyushu Economic Exchange Conference 2025 was held on November 18.'],
    ['They signed the Comprehensive Economic Partnership Agreement (CEPA) in May.'],
    ['Korea will publish the National Trade Estimate (NTE) Report next year.'],
    ['Sales of electric vehicles (EV) rose 56 percent in USD terms.'],
    ['The Ministry held a meeting in Seoul on Tuesday.'],
    ['The MOU on Nuclear New Technologies, AI, and Global Market Cooperation was signed.'],
    ['Kim Jung-kwan met Thani bin Ahmed Al Zeyoudi in Seoul.'],
    ['Minister Park Minsoo and Omani Energy Minister Salim Al Aufi attended.'],
    // a minister's portfolio after `of` is not a company for its head word
    ['The other side was led by Arvo Tamm, Minister of Mineral Resources and Energy.'],
    // …nor any item of that portfolio's list
    ['He held talks with Arvo Tamm, Minister of Energy, Green Technology and Water, on trade.'],
    // …nor the tail of an agreement's title
    ['They signed the Agreement for Cooperation Concerning Peaceful Uses of Nuclear Energy on Monday.'],
  ])('finds no body in %j', (body) => {
    expect(names(body)).toEqual([]);
  });

  it.each([
    // must not: a company of the same words after any other `of` is still a company
    ['Exports of Velmar Resources and Energy rose.', ['Velmar Resources and Energy']],
    // …and after an agreement's title a lower-case word ends, or after a list of people
    ['The Agreement was praised by officials of Hanbit Nuclear Energy.', ['Hanbit Nuclear Energy']],
    ['The delegation included Minister of Trade, Industry and Energy Moon Ji-ho, Velmar National Oil Corporation (VNOC) CEO Kim Da-in.', ['Velmar National Oil Corporation']],
  ])('keeps a company after an `of` that no minister holds in %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each([
    ['Officials of the Ministry of Energy, and Raj Kumar, Director General, attended.', ['Ministry of Energy']],
    ['The Ministry of Trade, Industry, and Energy said so.', ['Ministry of Trade, Industry, and Energy']],
    ['The Ministry of Trade, Industry and Energy said so.', ['Ministry of Trade, Industry and Energy']],
    // the list closed by its `and`: a second `and` joins the next item of the sentence
    ['Minister Han Ji-su of the Ministry of Trade, Industry and Energy and Wu Dalin, Minister of Commerce, met.', ['Ministry of Trade, Industry and Energy']],
    ['The Ministry of Oceans and Fisheries and Tom Reid agreed.', ['Ministry of Oceans and Fisheries']],
  ])('ends a body at a comma that starts the next list item in %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each([
    ['Hanil Engineering & Construction signed a contract.', [['Hanil Engineering & Construction', 'company']]],
    ['Samsung C&T and Hanil Engineering & Construction won.', [['Samsung C&T', 'company'], ['Hanil Engineering & Construction', 'company']]],
    // sector words on both sides of `and` are one company's name; a name after `and` is another company
    ['Velmar Hydro and Nuclear Power Executive Vice President Jun Ha-eun attended.', [['Velmar Hydro and Nuclear Power', 'company']]],
    ['Westgate signed an agreement with Daesan Engineering and Construction on reactors.', [['Westgate', 'company'], ['Daesan Engineering and Construction', 'company']]],
    ['Daesan Engineering and Hanil Construction won.', [['Daesan Engineering', 'company'], ['Hanil Construction', 'company']]],
    // …and sector words before a head that is none: `and` joins them into one name
    ['Velmar Power Generation and Transmission Company signed it.', [['Velmar Power Generation and Transmission Company', 'company']]],
    ['Daesan Boilers and Allied Turbine Company signed it.', [['Daesan Boilers', 'company'], ['Allied Turbine Company', 'company']]],
    // a titled person before `and` is an item of the list, not a part of the body's name
    ['Velmar Foundation Chair Jane Roe and Business Council of Ostland member Tom Reid spoke.', [['Velmar Foundation', 'other'], ['Business Council of Ostland', 'association']]],
    // an agreement is no body's complement
    ['He sought ratification by the National Assembly of the Korea–Velmar FTA soon.', [['National Assembly', 'government']]],
    // a legislature named with its country; a congress without one is an event
    ['He met members of the U.S. Congress in Washington.', [['U.S. Congress', 'government']]],
    ['He addressed the Senate of the Philippines on Monday.', [['Senate of the Philippines', 'government']]],
    ['The Colombian Congress approved the FTA.', [['Congress', 'government']]],
    ['The Senate Finance Committee held a hearing.', [['Senate Finance Committee', 'government']]],
    ['The World Hydrogen Congress opened in Seoul.', []],
    // a name before a programme's noun, or inside straight quotes, names a programme
    ['Minister Han introduced the Carbon-Free Energy initiative.', []],
    ['They renewed the commitment to the "Renewable Energy 3020" goal.', []],
    ['The Korea Iron & Steel Association met.', [['Korea Iron & Steel Association', 'association']]],
    ['He met officials of the Investment Coordinating Board (BKPM) in Jakarta.', [['Investment Coordinating Board', 'government']]],
    // a corporation named for its country that insures trade is a public agency (refineKind)
    ['He met officials of the Korea Trade Insurance Corporation in Seoul.', [['Korea Trade Insurance Corporation', 'government']]],
    ['North Gyeongsang Province will host the plant.', [['North Gyeongsang Province', 'government']]],
    ['It signed an MOU with South Jeolla Province on Monday.', [['South Jeolla Province', 'government']]],
    ['The plant in Ochang, North Chungcheong Province, opened.', []],
    ['The factory in South Jeolla Province opened.', []],
    // a convention or exhibition centre where an occasion is held is its venue; one that acts is a body
    ['They signed the agreement at the Velmar Convention Center in Ostland.', []],
    ['The Velmar Convention Center signed an MOU on trade fairs.', [['Velmar Convention Center', 'other']]],
    ['It protects Industrial Technology in September.', []],
    ['He met the head of the Gulf Cooperation Council (GCC) in Riyadh.', [['Gulf Cooperation Council', 'international']]],
    ['Korea and MERCOSUR agreed, and SICA welcomed it.', [['Southern Common Market', 'international'], ['Central American Integration System', 'international']]],
    ['The Andean Community and the Pacific Alliance met.', [['Andean Community', 'international'], ['Pacific Alliance', 'international']]],
    ['Ministers of the Eurasian Economic Union signed. The EAEU said so.', [['Eurasian Economic Union', 'international']]],
    ['The Ministry of Economy, and the Ministry of Finance agreed.', [['Ministry of Economy', 'government'], ['Ministry of Finance', 'government']]],
    // a second legal form after a comma closes the same name
    ['Velmar Chemical Co., Ltd. and Ostland Steel Corporation signed.', [['Velmar Chemical Co., Ltd.', 'company'], ['Ostland Steel Corporation', 'company']]],
    // legal forms of other countries close a company's name
    ['Velnor ASA and Ostmark Holding N.V. signed an MOU with Atomvelt JSC.', [['Velnor ASA', 'company'], ['Ostmark Holding N.V.', 'company'], ['Atomvelt JSC', 'company']]],
    // a place word inside a name a legal form closes; not inside one without it
    ['Velmar Industrial Complex Corporation presented a proposal.', [['Velmar Industrial Complex Corporation', 'company']]],
    ['The Velmar Industrial Complex Agency presented a proposal.', []],
    // a company's name before a post held there, however the post opens
    ['Velmar Motor Group Executive Vice Chairman Jo Min-su attended.', [['Velmar Motor Group', 'company']]],
    ['He met Velmar Electronics Vice Chairman Jo Min-su.', [['Velmar Electronics', 'company']]],
    // …but a portfolio before a minister's post is no company
    ['He met Ostland Energy Vice Minister Omar Saleh.', []],
    // a listed forum is a standing international body, not a business body for its last words
    ['He spoke at the World Economic Forum (WEF) annual meeting in Davos.', [['World Economic Forum', 'international']]],
    // an acronym before an agreement word, or bracketed after one, names the agreement wherever it stands
    ['The revised KOVEL FTA took effect. Talks on KOVEL Amendments resumed.', []],
    ['They signed the Korea–Velmar Free Trade Agreement (KVFTA). KVFTA takes effect in May.', []],
  ])('reads the bodies and their kinds in %j', (body, expected) => {
    expect(orgsOf(body).map((o) => [o.name, o.kind])).toEqual(expected);
  });

  it.each([
    ['He met the Korea Trade Insurance Corporation (K-sure) in Seoul.', [['Korea Trade Insurance Corporation', ['K-sure']]]],
    ['Exports of Multi-Layer (Multi-Layer) ceramics rose.', []],
    ['Sales of Ultra-Thin (U-Thin) glass rose.', []],
    ['It was hosted by the Ostland Business Federation (Ostrenka).', [['Ostland Business Federation', ['Ostrenka']]]],
    ['The Ostland Trade Center (Dubai) opened.', [['Ostland Trade Center', []]]],
    ['Velmar Motors (Germany) signed.', [['Velmar Motors', []]]],
  ])('takes a mixed-case or title-case short form in brackets (not a city or country) as an alias of a body just named, never as a body, in %j', (body, expected) => {
    expect(orgsOf(body).map((o) => [o.name, o.aliases])).toEqual(expected);
  });

  it.each([
    ['Jean-Baptiste Morel, Director General of Morel Industries, said so.', [['Morel Industries', []]]],
    ['Daewon Technology grew. Visiting Daewon, he said so.', [['Daewon Technology', ['Daewon']]]],
  ])('reads a company stem only where it is not the end of a person’s name in %j', (body, expected) => {
    expect(orgsOf(body).map((o) => [o.name, o.aliases])).toEqual(expected);
  });

  it('makes a bracketed acronym and its later use aliases of the full name', () => {
    const [kita] = orgsOf('The Korea International Trade Association (KITA) hosted it. KITA also said so.');
    expect(kita).toMatchObject({ name: 'Korea International Trade Association', acronym: 'KITA', kind: 'association' });
    expect(kita!.mentions.map((m) => m.text)).toEqual(['Korea International Trade Association', 'KITA', 'KITA']);
  });

  it('reads an acronym off a body the text named in full without brackets', () => {
    const orgs = orgsOf('The Ministry of Trade, Industry and Resources held talks. MOTIR said it would continue.');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.aliases).toContain('MOTIR');
  });

  it.each([
    ['It met the Korea Federation of Startups and the National Fisheries Cooperative Federation.', ['Korea Federation of Startups', 'National Fisheries Cooperative Federation']],
    ['Heads of the Korea Southern Power Corporation and the Korea Energy Agency came.', ['Korea Southern Power Corporation', 'Korea Energy Agency']],
    ['Loans came through the Export-Import Bank of Korea and the Industrial Bank of Korea.', ['Export-Import Bank of Korea', 'Industrial Bank of Korea']],
    ['A task force with the Velmar Bank of Korea and the Korea Trade Insurance Corporation met.', ['Velmar Bank of Korea', 'Korea Trade Insurance Corporation']],
    ['The Bank of Commerce and Industry lent it.', ['Bank of Commerce and Industry']],
    ['The Ministry of Trade, Industry and Energy said so.', ['Ministry of Trade, Industry and Energy']],
    ['The Korean Council on Latin America and the Caribbean met.', ['Korean Council on Latin America and the Caribbean']],
  ])('splits coordinated bodies and keeps coordinated complements in %j', (body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each([
    ['Minister of Trade, Industry and Energy Sung Yun-mo spoke. MOTIE will act.', 'MOTIE', 'Ministry of Trade, Industry and Energy'],
    ['Minister of Oceans and Fisheries Cho Seung-hwan spoke. MOOF will act.', 'MOOF', 'Ministry of Oceans and Fisheries'],
    ['Minister of Oceans and Fisheries Cho Seung-hwan (MOOF) spoke. MOOF will act. MOOF added more.', 'MOOF', 'Ministry of Oceans and Fisheries'],
    ['Minister for Trade Ahn Duk-geun spoke. MOTIE will act.', 'MOTIE', 'MOTIE'],
    ['Thai Minister of Commerce Jurin Laksanawisit spoke. MOTIE will act.', 'MOTIE', 'MOTIE'],
  ])('names a bare ministry acronym after the minister’s title whose initials fit it, in %j', (body, acronym, expected) => {
    const orgs = orgsOf(body).filter((o) => o.name === acronym || o.aliases.includes(acronym));
    expect(orgs.map((o) => o.name)).toEqual([expected]);
  });

  it('calls a company by its first word once it was named in full, and its national arm by that word and a country', () => {
    const orgs = orgsOf('Amkor Technology grew fast. Amkor thanked Korea. Amkor Korea plans three lines.');
    expect(orgs.map((o) => o.name)).toEqual(['Amkor Technology', 'Amkor Korea']);
    expect(orgs[0]!.aliases).toContain('Amkor');
  });

  it('folds a short head phrase into the only longer name it heads', () => {
    const orgs = orgsOf('They held the Korea–Chile Joint Committee on Trade and Energy in Seoul. After the Joint Committee, they left.');
    expect(orgs.map((o) => o.name)).toEqual(['Korea–Chile Joint Committee on Trade and Energy']);
    expect(orgs[0]!.aliases).toContain('Joint Committee');
  });

  it('reads a bureau in a title as part of the title, not a body', () => {
    expect(names('Sato Ken, Director-General of the Trade Policy Bureau of Japan’s Ministry of Economy, attended.')).toEqual(['Ministry of Economy']);
  });

  it('must not fold one side’s body into the joint body of a pair ending in its name', () => {
    expect(names('It was organized by the Korea Foundation and the Velmar–Korea Foundation.')).toEqual(['Korea Foundation', 'Velmar–Korea Foundation']);
  });

  it('folds a company named without its legal form into the one named with it', () => {
    const orgs = orgsOf('Velco Engineering Co. signed the contract. Velco Engineering also signed an agreement.');
    expect(orgs.map((o) => o.name)).toEqual(['Velco Engineering Co.']);
    expect(orgs[0]!.aliases).toContain('Velco Engineering');
  });

  it('must not read a company’s first word as its short form where it opens another name', () => {
    const orgs = orgsOf('The heads of Velco Caltrin, Velco Energy and Hanol Chemical discussed hydrogen.');
    expect(orgs.map((o) => o.name)).toContain('Velco Caltrin');
    expect(orgs.find((o) => o.name === 'Velco Energy')?.aliases ?? []).not.toContain('Velco');
  });

  it('makes a seat of government in brackets after an office a name of that office', () => {
    const orgs = orgsOf('The two presidents met in Tashkent, the Office of the President (Cheong Wa Dae) announced.');
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([['Office of the President', ['Cheong Wa Dae']]]);
  });

  it('keeps apart a short name and the longer one it heads when one sentence names both', () => {
    const orgs = orgsOf('The agreements take effect after the consent of the National Assembly and ratification by the Grand National Assembly of Velmaria.');
    expect(orgs.map((o) => o.name)).toEqual(['National Assembly', 'Grand National Assembly of Velmaria']);
  });

  it('reads no cabinet off a cabinet secretary’s title', () => {
    expect(names('Minister Han met Velmaran Cabinet Secretary for Energy Jane Roe in Seoul.')).not.toContain('Velmaran Cabinet');
  });

  it('reads no body off a joint committee named only as a meeting, nor off a network of agreements or agreements in the plural', () => {
    expect(names('They launched the council at their 18th Joint Committee meeting in Seoul last year.')).toEqual([]);
    expect(names('Korea’s FTA Network keeps growing.')).toEqual([]);
    expect(names('It signed Velmar Trade Cooperation Frameworks (VTCF) with eight countries.')).toEqual([]);
  });

  it('folds a shorter name ending a longer one into it', () => {
    const orgs = orgsOf('They set up the Korea–UAE CEPA Economic Cooperation Committee. The Economic Cooperation Committee meets yearly.');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.aliases).toContain('Economic Cooperation Committee');
  });

  it.each([
    ['Velmar Hydro Power Corp (VHP) signed a memorandum.', 'Velmar Hydro Power Corp'],
    ['Velmar Trading Inc signed the contract.', 'Velmar Trading Inc'],
  ])('reads a legal form written without its point as a company’s: %s', (body, name) => {
    expect(orgsOf(body).find((o) => o.name === name)?.kind).toBe('company');
  });

  it('reads sector words after an ampersand up to the next company head as one name', () => {
    expect(names('They met Velmar Shipbuilding & Marine Engineering Co. Ltd. and Hanvel Motors.')).toContain('Velmar Shipbuilding & Marine Engineering Co. Ltd.');
  });

  it('must not join a name after an ampersand that leads to no company head', () => {
    expect(names('They met Velmar Shipbuilding & Marine Services officials.')).not.toContain('Velmar Shipbuilding & Marine Services');
  });

  it('folds a department named by its portfolio first into the one naming it after the head', () => {
    const orgs = orgsOf('The Velmar Department of Commerce ruled. Korea challenged the practice the Commerce Department applies.');
    expect(orgs.map((o) => o.name)).toEqual(['Velmar Department of Commerce']);
    expect(orgs[0]!.aliases).toContain('Commerce Department');
  });

  it('must not fold a portfolio-first department into another portfolio’s', () => {
    expect(names('The Department of Energy met. The Commerce Department ruled.')).toEqual(['Department of Energy', 'Commerce Department']);
  });

  it('keeps a foreign ministry a possessive owns apart from the home ministry whose name it begins', () => {
    const orgs = orgsOf('Trade grew, according to Indonesia’s Ministry of Trade. The Ministry of Trade, Industry and Energy expects more.');
    expect(orgs.map((o) => o.name)).toEqual(['Ministry of Trade', 'Ministry of Trade, Industry and Energy']);
    expect(orgs[0]!.country).toBe('ID');
  });

  it('folds a ministry named by its portfolio first into the foreign one a possessive owns', () => {
    const orgs = orgsOf('A Trade Ministry spokeswoman spoke. Trade grew, according to Indonesia’s Ministry of Trade.');
    expect(orgs.map((o) => o.name)).toEqual(['Ministry of Trade']);
  });

  it('must not fold a portfolio-first ministry into one no country owns', () => {
    expect(names('A Trade Ministry spokeswoman spoke. The Ministry of Trade agreed.')).toEqual(['Trade Ministry', 'Ministry of Trade']);
  });

  it('gives mention offsets that slice back to the mention text', () => {
    const body = 'Kang Gam-chan, Director General at the Ministry of Trade, Industry and Resources, attended.';
    for (const o of orgsOf(body)) for (const m of o.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('says which country a body belongs to when its name or a possessive does', () => {
    const orgs = orgsOf('Wang Liping of China’s Ministry of Commerce met the Korea Chamber of Commerce and Industry.');
    expect(orgs.map((o) => [o.name, o.country])).toEqual([
      ['Ministry of Commerce', 'CN'],
      ['Korea Chamber of Commerce and Industry', 'KR'],
    ]);
  });

  it.each([
    ["Ecuador's side is led by the Ministry of Production and Fisheries.", 'EC'],
    ['The Velmar delegation met officials; Peru’s delegation was headed by the Ministry of Foreign Trade and Tourism.', 'PE'],
  ])('gives a body that leads a country’s side of talks that country, in %j', (body, code) => {
    expect(orgsOf(body).find((o) => o.name.startsWith('Ministry of'))?.country).toBe(code);
  });

  it.each([
    ['The European Union formally requested consultations with Korea on the measure.'],
    ['The Ambassador of the European Union to Korea met the minister.'],
  ])('reads the European Union spelled out standing alone as an acting body in %j', (body) => {
    expect(orgsOf(body).map((o) => [o.name, o.kind])).toContainEqual(['European Union', 'international']);
  });

  it.each([
    ['Korea and the European Union signed the Alpha Agreement in Brussels.'],
    ['Negotiations between the Republic of Korea and the European Union closed on Friday.'],
    ['Rivals from the United States, the European Union and Chile already have FTAs.'],
    ['Rivals from the United States, Japan, and the European Union already have FTAs.'],
    ['Japan, China, the European Union, Mexico and Thailand took part as third parties.'],
    ['Trade continues after the United Kingdom leaves the European Union.'],
    ['The agreement took effect after the UK left the European Union.'],
  ])('leaves the European Union named beside a country, or as what one leaves, a party only in %j', (body) => {
    expect(orgsOf(body).map((o) => o.name)).not.toContain('European Union');
  });

  it.each([
    ['Exports to Vietnam and the European Union were flat.'],
    ['Investment from the European Union rose 14.2 percent.'],
    ['Exports to China (up 25.3 percent), Vietnam (up 11.6 percent), the European Union (up 18.1 percent) grew.'],
  ])('leaves the European Union a place where trade goes or comes from in %j', (body) => {
    expect(orgsOf(body).map((o) => o.name)).not.toContain('European Union');
  });
});

describe('two companies joined by `and`', () => {
  it.each([
    ['Orvane Babcock and Allied Power will maintain the plant.', ['Allied Power']],
    ['Talks with Kazmuna and Hanul Engineering followed.', ['Hanul Engineering']],
    // an acronym after `and` opens the next company's name, and the acronym-led name before it is one too
    ['The Korean side included executives of VK Gas and TS Energy.', ['VK Gas', 'TS Energy']],
  ])('are not one company: %s', (body, expected) => {
    expect(names(body)).toEqual(expect.arrayContaining(expected));
    expect(names(body).some((n) => / and /.test(n))).toBe(false);
  });

  it.each([
    ['The Korea Mining and Resources Corporation raised output.', 'Korea Mining and Resources Corporation'],
    ['The Mineral Resources and Petroleum Authority signed it.', 'Mineral Resources and Petroleum Authority'],
  ])('but sector words joined by `and` stay one name: %s', (body, expected) => {
    expect(names(body)).toContain(expected);
  });
});

describe('names in a Romance language', () => {
  it.each([
    // a name cut at its particle by a context finder is the whole name, its bracket its short form
    ['Ramón Ortiz also heads the state oil company Petróleos de Velmar (PDVL) in Caracas.', 'Petróleos de Velmar'],
    ['KNOC signed an exploration agreement with Congolaise des Forages (Cofor) on Monday.', 'Congolaise des Forages'],
    // a bracketed acronym reads its name across `de la`
    ['Velmar Heavy signed an MOU with the state shipyard Servicios Navales de la Armada (SENA) on ships.', 'Servicios Navales de la Armada'],
  ])('%s', (body, expected) => {
    expect(names(body)).toContain(expected);
  });

  it('must not join a particle that no capitalised word follows, nor a person after a company', () => {
    expect(names('KNOC signed an exploration agreement with Velmora de facto replacing the old one.')).toContain('Velmora');
    expect(names('The Minister of Trade met Ana de la Cruz, CEO of Orvantis Motors.')).toEqual(['Orvantis Motors']);
  });
});
