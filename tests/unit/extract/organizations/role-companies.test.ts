import { describe, expect, it } from 'vitest';
import { orgsOf, personsOf } from '../helpers.js';

const companies = (body: string): string[] => orgsOf(body).filter((o) => o.kind === 'company').map((o) => o.name);

describe('addRoleCompanies', () => {
  it.each([
    ['Velmar Hydrotech', 'Jane Roe, CEO of Velmar Hydrotech, said the plant would open next year.'],
    ['Quorra Industries Group', 'He was briefed by Jan Nowak, Chief Executive Officer of Quorra Industries Group.'],
    ['Brinemoor', 'Morvan was joined by Claire Dubois, Senior Vice President for Renewables at Brinemoor.'],
    ['Ostrava Energia', 'The MOU was signed by Ostrava Energia CEO Piotr Wasik in the presence of the minister.'],
    ['Tamsin Serra Azul', 'One MOU was with the lithium developer Tamsin Serra Azul on concentrate supply.'],
    // the post before the person may open with more words, the name with a country's word
    ['Saudi Velcoil', 'Velmar Motor Group Executive Vice Chairman Jo Min-su and Saudi Velcoil President and CEO Amin Rahal attended.'],
    ['Kenya Brightgrid', 'The MOU was signed by Kenya Brightgrid Chairman Otieno Mwangi.'],
    // one coined word is a name
    ['NovaChem', 'NovaChem CEO Jane Roe spoke.'],
    // one plain word before `CEO`, a company's post alone, inside the sentence
    ['Velmo', 'Attending were Chairman Jo Min-su, Ostra Chairman Lee Ha-na and Velmo CEO Choi Su-bin.'],
    // a corporate post, its holder, then `of` and the company
    ['VELSCO', 'They met Chairman Koo Min-ho of Hanbit Group and President Park Ki-ho of VELSCO.'],
    // a state's corporation or concern before its name
    ['Boreatom', 'The plant is built by the state nuclear corporation Boreatom.'],
    ['Velmgaz', 'Orvantis Engineering and the state concern Velmgaz signed a framework agreement.'],
    ['Velmhim', 'The state chemical concern Velmhim joined the project.'],
    // a bank or a fund, as a lender or an investor is named
    ['Velbanco', 'KEXIM signed a USD 200 million credit line with the Ruritanian development bank Velbanco.'],
    ['Velfund', 'The project is backed by the sovereign wealth fund Velfund and two banks.'],
    // an apposition a sector noun ends
    ['Varnfoss', 'The institute signed another MOU with Varnfoss, a producer of energy-efficient refrigeration equipment.'],
    ['T-Velm', 'The deal is an investment by T-Velm, Korea’s third-largest refiner and a Velmco affiliate, in a new plant.'],
    // the post in lower case, as running text writes it
    ['Orvagen', 'The minister also met Tom Hale, chief executive of Orvagen, the joint venture behind the plant.'],
    // a subsidiary's name ending with the country it serves
    ['Orvik Battery USA', 'He met Grace Lin, Vice President of Orvik Battery USA, in Atlanta.'],
  ])('reads %s off its context', (name, body) => {
    expect(companies(body)).toContain(name);
  });

  it.each([
    // a government division is no company
    ['He was met by Ana Ruiz, Director of Bilateral Economic Affairs at the Ministry of Foreign Affairs.'],
    // a head of state is no company's president
    ['The ceremony was attended by Indonesian President Joko Sutanto.'],
    // a country's name and a title are no company
    ['The talks were hosted by Saudi Arabia President Omar Rahal.'],
    // one plain word before a title is no company
    ['Former Chairman Jo Min-su attended.'],
    ['The minister met Former CEO Jane Roe and Incoming CEO Dana Holt.'],
    // a head of state `of` a country is no company's president
    ['President Lee Min-ho of Korea and President Joko Sutanto of Indonesia met.'],
    // a person with a post after the comma in a list is a person
    ['Guests included Tom Hale, President of Velmar Motors America, and Grace Lin, Vice President of Velmar Motors America.'],
    // `concern` is a company only after `state`
    ['The ministers voiced concern Monday about the tariffs.'],
    // a country or a city an apposition describes is no company
    ['Kazakhstan, a major producer of uranium, joined the talks.'],
    ['He visited Ulsan, a major producer of cars, on Friday.'],
    // one word an `of` complement goes on from heads a longer name
    ['He met Ali Demir, President of the Union of Velmar Chambers (VCU), on Monday.'],
  ])('reads no company that is not one in %j', (body) => {
    expect(companies(body).filter((n) => n !== 'Velmar Motors America')).toEqual([]);
  });

  it('reads a coined word built on a country\'s name as a national industry body', () => {
    expect(orgsOf('The side was represented by H2Velmar Chairman Jo Min-su.').map((o) => [o.name, o.kind])).toEqual([['H2Velmar', 'company']]);
    expect(orgsOf('The side was represented by H2Norway Chairman Jo Min-su.').map((o) => [o.name, o.kind])).toEqual([['H2Norway', 'association']]);
  });

  it('gives a post held at a body named earlier by its short name that body, not a new one', () => {
    const body = 'The forum was co-hosted by the Velmaran Trade Promotion Agency (VelmaTrade). The signing was witnessed by Ana Ruiz, President of VelmaTrade.';
    const orgs = orgsOf(body);
    expect(orgs.map((o) => o.name)).toEqual(['Velmaran Trade Promotion Agency']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toContain('VelmaTrade');
    expect(orgs[0]!.mentions.at(-1)!.start).toBe(body.lastIndexOf('VelmaTrade'));
  });

  it('keeps a person listed after a company as a person', () => {
    const body = 'Guests included Tom Hale, President of Velmar Motors, and Grace Lin, Vice President of Orvik Battery.';
    expect(personsOf(body).map((p) => p.name)).toEqual(expect.arrayContaining(['Tom Hale', 'Grace Lin']));
  });
});
