/** The Customers sheet, drawn from the profiles: one row per customer after the header row. */
import type { CellValue } from '../domain/model';
import { dayFromCivil } from '../domain/dates';
import { customerHeaders, type SampleLanguage } from './headers';
import type { CustomerProfiles, SampleWindow } from './profiles';
import { clamp } from './profiles';
import type { Random } from './random';
import type { DateWriter } from './cells';
import {
  COMPANY_STEMS,
  COMPANY_TRADES,
  COUNTRIES,
  BUSINESS_TYPES,
  FIRST_NAMES,
  LAST_NAMES,
  OWNERS,
  PRODUCT_LINES,
  SOURCES,
  SOURCE_WEIGHTS,
  STATUS_ACTIVE,
  STATUS_DORMANT,
  STATUS_LOST,
  STATUS_NEGOTIATING,
  STATUS_SAMPLE_SENT,
} from './vocabulary';
import { cumulative } from './random';
import { regionOf, TW_COMPANY_STEMS, TW_COMPANY_TRADES, TW_GIVEN_NAMES, TW_SURNAMES } from './taiwanHongKong';

/** Share of cells left blank in the optional rating columns, as real sheets have gaps. */
const BLANK_RATE = { influence: 0.03, rating: 0.05, replyHours: 0.08, birthday: 0.15 };

export function customerSheet(profiles: CustomerProfiles, window: SampleWindow, language: SampleLanguage, writeDate: DateWriter, random: Random): CellValue[][] {
  const rows: CellValue[][] = new Array<CellValue[]>(profiles.count + 1);
  rows[0] = customerHeaders(language);
  const sourceWeights = cumulative(SOURCE_WEIGHTS);
  const valueScale = valueZScores(profiles);
  const expectedShares = expectedSalesShares(profiles, window, random);
  const birthdayFrom = dayFromCivil(1955, 1, 1);
  const birthdayTo = dayFromCivil(1995, 12, 31);

  for (let i = 0; i < profiles.count; i++) {
    // The same draws in every language, so the profiles and orders are the same.
    const who = language === 'zh-TW' ? taiwanContact(profiles.country[i] ?? 0, i, random) : contact(profiles.country[i] ?? 0, language, random);
    const line = profiles.productLine[i] ?? 0;
    const otherLine = (line + random.int(1, PRODUCT_LINES.length - 1)) % PRODUCT_LINES.length;
    const z = valueScale[i] ?? 0;
    const rating = clamp(Math.round(3.4 + random.normal() * 0.9), 1, 5);
    const inquiries = random.poisson(1.5 + Math.max(0, z));
    let converted = 0;
    const conversion = random.between(0.1, 0.7);
    for (let k = 0; k < inquiries; k++) if (random.chance(conversion)) converted++;
    const creditIndex = clamp(Math.round(80 + random.normal() * 8 - Math.max(0, profiles.payDelay[i] ?? 0) * 0.6), 10, 100);

    rows[i + 1] = [
      profiles.ids[i] ?? '',
      who.company,
      who.country,
      who.person,
      // Drawn here, after the ratings, as the generator always has: the rows stay the same.
      who.address(),
      // Mail first: a cell starting with "+" would be read as a formula when written through Range.values.
      `${who.mail} / ${who.phone}`,
      `${PRODUCT_LINES[line]?.name[language]}${language === 'en' ? ', ' : '、'}${PRODUCT_LINES[otherLine]?.name[language]}`,
      SOURCES[random.weighted(sourceWeights)]?.[language] ?? '',
      communicationStatus(profiles, i, window, random)[language],
      BUSINESS_TYPES[profiles.businessType[i] ?? 0]?.[language] ?? '',
      OWNERS[profiles.owner[i] ?? 0]?.[language] ?? '',
      random.chance(BLANK_RATE.influence) ? '' : clamp(Math.round(3 + z + random.normal() * 0.7), 1, 5),
      random.chance(BLANK_RATE.rating) ? '' : rating,
      random.chance(BLANK_RATE.replyHours) ? '' : Math.round(random.lognormal(Math.log(60 / (rating * rating)), 0.4) * 10) / 10,
      inquiries,
      converted,
      creditIndex,
      expectedShares[i] ?? 0,
      random.chance(BLANK_RATE.birthday) ? '' : writeDate(random.int(birthdayFrom, birthdayTo)),
      writeDate(profiles.createdDay[i] ?? window.start),
    ];
  }
  return rows;
}

interface Contact {
  company: string;
  country: string;
  person: string;
  address: () => string;
  mail: string;
  phone: string;
}

function contact(countryIndex: number, language: SampleLanguage, random: Random): Contact {
  const country = COUNTRIES[countryIndex] ?? COUNTRIES[0]!;
  const stem = random.pick(COMPANY_STEMS);
  const company = `${stem} ${random.pick(COMPANY_TRADES)} ${country.companySuffix}`;
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const mail = `${first[0]}.${last}@${stem}.${country.domain}`
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9@.]/g, '');
  const phone = `${country.phone} ${random.int(20, 99)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
  const address = () => `${random.int(1, 250)} ${random.pick(country.streets)}, ${random.pick(country.cities)}`;
  return { company, country: country.name[language], person: `${first} ${last}`, address, mail, phone };
}

const HOUSE_NUMBERS = ['1', '8', '16', '27', '35', '52', '66', '88', '101', '123', '168', '203'];

/** A Taiwan or Hong Kong customer (src/sample/taiwanHongKong.ts), drawn as `contact` draws. */
function taiwanContact(countryIndex: number, i: number, random: Random): Contact {
  const region = regionOf(countryIndex);
  const [stem, roman] = random.pick(TW_COMPANY_STEMS);
  const company = `${stem}${random.pick(TW_COMPANY_TRADES)}${region.suffixes[i % 7 === 0 ? region.suffixes.length - 1 : i % 3 === 0 ? Math.min(1, region.suffixes.length - 1) : 0]}`;
  const given = random.pick(TW_GIVEN_NAMES);
  const surname = random.pick(TW_SURNAMES);
  const extension = random.int(20, 99);
  const phone = `${region.phone}${random.int(100, 999)} ${random.int(1000, 9999)}`;
  const address = () => `${region.streets[random.int(1, 250) % region.streets.length]}${random.pick(HOUSE_NUMBERS)}號${random.pick(region.floors)}`;
  return { company, country: region.name['zh-TW'], person: `${surname}${given}`, address, mail: `sales${extension}@${roman}.${region.domain}`, phone };
}

function communicationStatus(profiles: CustomerProfiles, i: number, window: SampleWindow, random: Random) {
  const first = profiles.firstDay[i] ?? 0;
  const last = profiles.lastDay[i] ?? 0;
  if (last < first) return random.chance(0.5) ? STATUS_NEGOTIATING : STATUS_SAMPLE_SENT;
  if (profiles.churned[i]) return window.end - last > 365 ? STATUS_LOST : random.chance(0.5) ? STATUS_LOST : STATUS_DORMANT;
  return STATUS_ACTIVE;
}

/** log(expected yearly value) as a z-score, so ratings can follow a customer's size. */
function valueZScores(profiles: CustomerProfiles): Float64Array {
  const out = new Float64Array(profiles.count);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < profiles.count; i++) {
    const v = Math.log((profiles.frequency[i] ?? 1) * (profiles.orderSize[i] ?? 1));
    out[i] = v;
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / Math.max(1, profiles.count);
  const sd = Math.sqrt(Math.max(1e-9, sumSq / Math.max(1, profiles.count) - mean * mean));
  for (let i = 0; i < profiles.count; i++) out[i] = ((out[i] ?? 0) - mean) / sd;
  return out;
}

/** The share of company sales management expects from each customer: its true share, misjudged a little. */
function expectedSalesShares(profiles: CustomerProfiles, window: SampleWindow, random: Random): Float64Array {
  const out = new Float64Array(profiles.count);
  let total = 0;
  for (let i = 0; i < profiles.count; i++) {
    const days = Math.max(0, Math.min(window.end, profiles.lastDay[i] ?? 0) - (profiles.firstDay[i] ?? 0) + 1);
    const v = days * (profiles.frequency[i] ?? 0) * (profiles.orderSize[i] ?? 0) * random.lognormal(0, 0.3);
    out[i] = v;
    total += v;
  }
  for (let i = 0; i < profiles.count; i++) out[i] = total > 0 ? Number(((out[i] ?? 0) / total).toPrecision(3)) : 0;
  return out;
}
