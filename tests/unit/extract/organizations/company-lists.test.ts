import { describe, expect, it } from 'vitest';
import { orgsOf } from '../helpers.js';

const companies = (body: string): string[] => orgsOf(body).filter((o) => o.kind === 'company').map((o) => o.name);

describe('addListedCompanies', () => {
  it.each([
    ['Investors such as Samsung Electronics, Zentrix and Hanol account for most of it.', ['Zentrix', 'Hanol']],
    ['Officials from Corvala, Samsung Electronics, QX hynor and others took part.', ['Corvala', 'QX hynor']],
    ['Materials came from domestic suppliers such as Norvex BM and P&Q, and the line started.', ['Norvex BM', 'P&Q']],
    ['Selected major firms include Brightsol (semiconductor materials), Dalmi (enzymes), and Orvantis.', ['Brightsol', 'Dalmi', 'Orvantis']],
    ['Growth was driven by bio projects such as Quellin’s expansion of its plant in Songdo.', ['Quellin']],
    ['Officials raised concerns about Velora’s new operations in the region.', ['Velora']],
    ['He asked about the difficulties facing VELSCO’s planned 12-million-ton steelworks in the east.', ['VELSCO']],
    // the pair that opens a clause, one of them a company
    ['On the same day, Dravik Enerbion and Siemora Energy signed an MOU on turbines.', ['Dravik Enerbion']],
    ['Velgaz and Korea Gas Corporation (KOGAS) reviewed plans for a pipeline.', ['Velgaz']],
    // …and the pair that opens a clause after a conjunction
    ['The probe began after VELCRO and Hanbit Steel Corporation filed a petition.', ['VELCRO']],
    // …and the pair after a comma and `and` that join two clauses, its partner read earlier in the sentence
    ['On the same day, Dravik Electronics and Velcomax signed an MOU, and QX hynor and Velcomax signed another.', ['Velcomax', 'QX hynor']],
    // …and the pair that is a passive's agent
    ['The Korean consortium is led by Velmo Ocean and Hanbit Heavy Industries.', ['Velmo Ocean']],
    // …and the pair whose named member an article opens
    ['Velmext and the Hanbit Development Bank also signed an accord on interbank credit.', ['Velmext']],
    // the subject of a clause that owns a plant (`its`, not `his`)
    ['Some 1,400 firms employ 40,000 people there, and TARVEL opened its first overseas automotive steel sheet plant last year.', ['TARVEL']],
    ['Among the results, Quenmore will speed up construction of its steelworks in Indonesia.', ['Quenmore']],
    // an undefined acronym a country's possessive owns
    ['The court acted at the request of France’s VELF, a losing bidder in the tender.', ['VELF']],
    // a listed name may open with a country's word
    ['Saudi Velcoil and Hanbit Oil Corporation representatives also attended.', ['Saudi Velcoil']],
    // the list after the people a company sends
    ['The minister also met representatives of VK Orvantis, Dalmi SDI, Hanol Solus and Brightsol Tire.', ['VK Orvantis', 'Dalmi SDI', 'Hanol Solus', 'Brightsol Tire']],
    // the list a comma sets off from its noun
    ['More than 100 Korean companies, including VK and QX Dalmi, employ 20,000 people there.', ['VK', 'QX Dalmi']],
    // the whole list a comma sets after its noun, closed by `and`
    ['The valves are supplied mainly by three Ruritanian manufacturers, Velmo, QXD and Dalmiki.', ['Velmo', 'QXD', 'Dalmiki']],
    ['The group said its affiliates, Velcora Energy and QX Dalmi, will build the plant.', ['Velcora Energy', 'QX Dalmi']],
    // the list that ends in `and … other companies`
    ['Velcora, QX Dalmi and several other Korean companies are members of the association.', ['Velcora', 'QX Dalmi']],
    // an acronym defined by a phrase that ends in a company noun stays that company's name
    ['Ties with the Alderian state utility (KVP) grew, and almost all of Korea’s KVP orders go to Alderia.', ['KVP']],
  ])('reads the companies named without a form word in %j', (body, expected) => {
    for (const name of expected) expect(companies(body)).toContain(name);
  });

  it('reads no member from a name that modifies the plural noun after it', () => {
    expect(companies('He will meet dialogue partners, including the Velmar-Korea consultations, and the bloc’s ministers.')).toEqual([]);
  });

  it('takes a listed member a body’s head word closes, a possessive inside its name, for that kind of body', () => {
    const found = orgsOf('Ruritanian producers, including the Ruritanian Cattle Farmers’ Association, welcomed the ratification.');
    expect(found.map((o) => [o.name, o.kind])).toContainEqual(['Ruritanian Cattle Farmers’ Association', 'association']);
  });

  it.each([
    ['The Shaheen complex will be built in Ulsan, Lotte Chemical said.'],
    ['He met Choi Tae-won, Chairman of SK Group, and Kim Ki-nam, Vice Chairman of Samsung Electronics.'],
    // a name with a public post after its comma, beside a listed company, is a person
    ['Among them, Kim Ji-ho, Chairman of SK Group, and Darius Vahedi, Governor of the Central Bank of Alderia, signed a loan agreement.'],
    ['Korea’s investment in Vietnam rose, and Japan’s plant output fell.'],
    ['The ministry will support companies such as those in the regions.'],
    // an acronym the release defines by a lower-case phrase names goods, whoever's it is
    ['Duties on oil country tubular goods (OCTG) rose, and almost all of Korea’s OCTG exports go to the U.S.'],
    // a single name after the noun's comma may be the clause's subject
    ['Among the exporters, Velmo said prices would rise.'],
    ['Samsung Electronics and the Korea Chamber of Commerce and Industry signed it.'],
    // a pair inside a clause, after a place or a title, or a country alone is no company
    ['The plant in Ulsan, Daejin and Lotte Chemical opened.'],
    ['Minister Ahn and Samsung Electronics signed.'],
    ['Korea and Samsung Electronics signed.'],
    // a count after the people's noun names no company
    ['The minister met the heads of 14 state-run institutes.'],
    ['Saudi Arabia and SK Group signed.'],
    // an owner that is a country, a pronoun, a person with a title, or a name inside a clause is no company
    ['Korea expanded its investment in batteries.'],
    ['It raised its investment, and Minister Ahn said its plant was ready.'],
    ['Officials in Ulsan toured its plant.'],
    // a country's possessive before a trade term or a longer name owns no company
    ['Korea’s GDP grew, and Japan’s FTA network widened.'],
    ['They will build Korea’s VPR1400 reactors.'],
    ['Minister Kim Ji-ho will inspect its plant in Ulsan.'], ['Kim Ji-ho will inspect its plant in Ulsan.'],
    // countries, or a clause's opening words, before `and other …` are no companies
    ['Korea, Japan and other exporters compete there.'],
    // a surname alone in a passive's agent pair is a person
    ['The deal was signed by Lee and Samsung Electronics.'],
    // a figure between list members, or a name with a post after its comma, is no company
    ['The rates are 27.91 percent for Samsung Electronics, 29.62 percent for Lotte Chemical, and 38.02 percent for others.'],
    ['Kim Ji-ho, President of Samsung Electronics, and Omar Velid, Governor of the Central Bank of Ruritania, signed it.'],
  ])('reads no extra company in %j', (body) => {
    expect(companies(body).filter((n) => !['Lotte Chemical', 'SK Group', 'Samsung Electronics'].includes(n))).toEqual([]);
  });

  it('reads a list ending in `and other companies` no further left than the clause it opens', () => {
    expect(companies('In Ulsan, Velmor and other companies signed.')).toEqual(['Velmor']);
  });
});
