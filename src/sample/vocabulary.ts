/** Word lists for the sample sheets: in Simplified or Traditional Chinese where a Chinese team would write them so. */
import type { SampleLanguage } from './headers';

/** One term in every sample language. */
export type Term = Readonly<Record<SampleLanguage, string>>;

export interface Country {
  name: Term;
  cities: readonly string[];
  streets: readonly string[];
  companySuffix: string;
  phone: string;
  domain: string;
  /** Relative share of customers from this country. */
  weight: number;
}

export const COUNTRIES: readonly Country[] = [
  {
    name: { en: 'Germany', zh: '德国', 'zh-TW': '德國' },
    cities: ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Stuttgart'],
    streets: ['Hauptstraße', 'Industriestraße', 'Bahnhofstraße'],
    companySuffix: 'GmbH',
    phone: '+49',
    domain: 'de',
    weight: 12,
  },
  {
    name: { en: 'France', zh: '法国', 'zh-TW': '法國' },
    cities: ['Paris', 'Lyon', 'Marseille', 'Lille', 'Nantes'],
    streets: ['Rue de la République', 'Avenue Jean Jaurès', 'Rue du Commerce'],
    companySuffix: 'SARL',
    phone: '+33',
    domain: 'fr',
    weight: 10,
  },
  {
    name: { en: 'United States', zh: '美国', 'zh-TW': '美國' },
    cities: ['Chicago', 'Dallas', 'Atlanta', 'Los Angeles', 'Charlotte'],
    streets: ['Main Street', 'Commerce Drive', 'Industrial Parkway'],
    companySuffix: 'Inc.',
    phone: '+1',
    domain: 'com',
    weight: 16,
  },
  {
    name: { en: 'United Kingdom', zh: '英国', 'zh-TW': '英國' },
    cities: ['London', 'Manchester', 'Birmingham', 'Leeds', 'Bristol'],
    streets: ['High Street', 'Station Road', 'Mill Lane'],
    companySuffix: 'Ltd',
    phone: '+44',
    domain: 'co.uk',
    weight: 9,
  },
  {
    name: { en: 'Netherlands', zh: '荷兰', 'zh-TW': '荷蘭' },
    cities: ['Rotterdam', 'Amsterdam', 'Utrecht', 'Eindhoven'],
    streets: ['Havenstraat', 'Industrieweg', 'Kerkstraat'],
    companySuffix: 'B.V.',
    phone: '+31',
    domain: 'nl',
    weight: 6,
  },
  {
    name: { en: 'Italy', zh: '意大利', 'zh-TW': '義大利' },
    cities: ['Milan', 'Turin', 'Bologna', 'Verona'],
    streets: ['Via Roma', 'Via Garibaldi', 'Via dell’Industria'],
    companySuffix: 'S.r.l.',
    phone: '+39',
    domain: 'it',
    weight: 6,
  },
  {
    name: { en: 'Spain', zh: '西班牙', 'zh-TW': '西班牙' },
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Seville'],
    streets: ['Calle Mayor', 'Avenida de la Industria', 'Calle del Comercio'],
    companySuffix: 'S.L.',
    phone: '+34',
    domain: 'es',
    weight: 5,
  },
  {
    name: { en: 'Australia', zh: '澳大利亚', 'zh-TW': '澳洲' },
    cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'],
    streets: ['George Street', 'Industrial Avenue', 'Market Street'],
    companySuffix: 'Pty Ltd',
    phone: '+61',
    domain: 'com.au',
    weight: 5,
  },
  {
    name: { en: 'Canada', zh: '加拿大', 'zh-TW': '加拿大' },
    cities: ['Toronto', 'Vancouver', 'Montreal', 'Calgary'],
    streets: ['King Street', 'Commerce Road', 'Front Street'],
    companySuffix: 'Ltd.',
    phone: '+1',
    domain: 'ca',
    weight: 5,
  },
  {
    name: { en: 'Poland', zh: '波兰', 'zh-TW': '波蘭' },
    cities: ['Warsaw', 'Kraków', 'Poznań', 'Gdańsk'],
    streets: ['ul. Przemysłowa', 'ul. Handlowa', 'ul. Długa'],
    companySuffix: 'Sp. z o.o.',
    phone: '+48',
    domain: 'pl',
    weight: 4,
  },
  {
    name: { en: 'Vietnam', zh: '越南', 'zh-TW': '越南' },
    cities: ['Ho Chi Minh City', 'Hanoi', 'Da Nang'],
    streets: ['Nguyen Hue', 'Le Loi', 'Tran Hung Dao'],
    companySuffix: 'Co., Ltd',
    phone: '+84',
    domain: 'vn',
    weight: 4,
  },
  {
    name: { en: 'Malaysia', zh: '马来西亚', 'zh-TW': '馬來西亞' },
    cities: ['Kuala Lumpur', 'Penang', 'Johor Bahru'],
    streets: ['Jalan Ampang', 'Jalan Industri', 'Jalan Sultan'],
    companySuffix: 'Sdn Bhd',
    phone: '+60',
    domain: 'my',
    weight: 4,
  },
  {
    name: { en: 'India', zh: '印度', 'zh-TW': '印度' },
    cities: ['Mumbai', 'Delhi', 'Bengaluru', 'Chennai'],
    streets: ['MG Road', 'Industrial Area', 'Station Road'],
    companySuffix: 'Pvt Ltd',
    phone: '+91',
    domain: 'in',
    weight: 4,
  },
  {
    name: { en: 'Japan', zh: '日本', 'zh-TW': '日本' },
    cities: ['Tokyo', 'Osaka', 'Nagoya'],
    streets: ['Chuo-dori', 'Sakura-dori', 'Minato-cho'],
    companySuffix: 'K.K.',
    phone: '+81',
    domain: 'jp',
    weight: 3,
  },
  {
    name: { en: 'United Arab Emirates', zh: '阿联酋', 'zh-TW': '阿聯酋' },
    cities: ['Dubai', 'Abu Dhabi', 'Sharjah'],
    streets: ['Sheikh Zayed Road', 'Al Wasl Road', 'Industrial Area 4'],
    companySuffix: 'LLC',
    phone: '+971',
    domain: 'ae',
    weight: 3,
  },
  {
    name: { en: 'Brazil', zh: '巴西', 'zh-TW': '巴西' },
    cities: ['São Paulo', 'Rio de Janeiro', 'Curitiba'],
    streets: ['Avenida Paulista', 'Rua Augusta', 'Rua da Indústria'],
    companySuffix: 'Ltda.',
    phone: '+55',
    domain: 'com.br',
    weight: 2,
  },
  {
    name: { en: 'South Africa', zh: '南非', 'zh-TW': '南非' },
    cities: ['Johannesburg', 'Cape Town', 'Durban'],
    streets: ['Main Road', 'Long Street', 'Voortrekker Road'],
    companySuffix: '(Pty) Ltd',
    phone: '+27',
    domain: 'co.za',
    weight: 2,
  },
];

export const COMPANY_STEMS = [
  'Atlas',
  'Nordic',
  'Blue Harbor',
  'Summit',
  'Oakline',
  'Meridian',
  'Crescent',
  'Pioneer',
  'Evergreen',
  'Silverline',
  'Redwood',
  'Horizon',
  'Keystone',
  'Northstar',
  'Cedar',
  'Lakeside',
  'Granite',
  'Riverbend',
  'Sunrise',
  'Westport',
  'Harbourview',
  'Maple',
  'Ironbridge',
  'Goldcrest',
];
export const COMPANY_TRADES = ['Home', 'Living', 'Interiors', 'Trading', 'Supply', 'Hardware', 'Furnishings', 'Imports', 'Distribution', 'Home Centre', 'Bath & Kitchen', 'Outdoor'];

export const FIRST_NAMES = [
  'Anna',
  'Lukas',
  'Marie',
  'Thomas',
  'Sophie',
  'James',
  'Emily',
  'Pierre',
  'Claire',
  'Marco',
  'Giulia',
  'Carlos',
  'Lucía',
  'Jan',
  'Eva',
  'Olivia',
  'Noah',
  'Hiroshi',
  'Yuki',
  'Priya',
  'Arjun',
  'Linh',
  'Minh',
  'Aisha',
  'Omar',
  'Daniel',
  'Sarah',
  'Michael',
  'Laura',
  'David',
];
export const LAST_NAMES = [
  'Schmidt',
  'Müller',
  'Dubois',
  'Martin',
  'Smith',
  'Johnson',
  'Brown',
  'Rossi',
  'Bianchi',
  'García',
  'López',
  'de Vries',
  'Jansen',
  'Kowalski',
  'Nowak',
  'Tanaka',
  'Sato',
  'Sharma',
  'Patel',
  'Nguyen',
  'Tran',
  'Haddad',
  'Wilson',
  'Taylor',
  'Anderson',
  'Walker',
  'Silva',
  'Naidoo',
];

/** The seven business types of docs/domain.md section 1 (Chinese as in source 4 of docs/domain.md). */
export const BUSINESS_TYPES: readonly Term[] = [
  { en: 'International parts dealer', zh: '国际零配件销售商', 'zh-TW': '國際零配件經銷商' },
  { en: 'International goods dealer', zh: '国际性用品商', 'zh-TW': '國際用品經銷商' },
  { en: 'Regional electrical store', zh: '地区电气店', 'zh-TW': '地區電器行' },
  { en: 'Regional specialty store', zh: '地区专营店', 'zh-TW': '地區專賣店' },
  { en: 'Regional mass merchandiser', zh: '地区批量销售店', 'zh-TW': '地區量販店' },
  { en: 'Regional DIY store', zh: '地区DIY店', 'zh-TW': '地區DIY居家修繕店' },
  { en: 'Other', zh: '其他', 'zh-TW': '其他' },
];
/** Share of customers per business type, and how large their orders run relative to the mean. */
export const BUSINESS_TYPE_WEIGHTS = [10, 14, 12, 22, 10, 20, 12];
export const BUSINESS_TYPE_ORDER_SCALE = [2.2, 1.8, 0.7, 0.8, 1.6, 1.0, 0.6];

/** Product lines of a furniture-export trading company (source 0 of docs/domain.md), with a typical unit price. */
export const PRODUCT_LINES: readonly { name: Term; unitPrice: number }[] = [
  { name: { en: 'Indoor furniture', zh: '室内家具', 'zh-TW': '室內家具' }, unitPrice: 85 },
  { name: { en: 'Outdoor furniture', zh: '户外家具', 'zh-TW': '戶外家具' }, unitPrice: 120 },
  { name: { en: 'Bathroom products', zh: '卫浴产品', 'zh-TW': '衛浴產品' }, unitPrice: 45 },
  { name: { en: 'Furniture hardware', zh: '家具五金配件', 'zh-TW': '家具五金配件' }, unitPrice: 2.5 },
  { name: { en: 'Screws and fasteners', zh: '螺丝紧固件', 'zh-TW': '螺絲扣件' }, unitPrice: 0.12 },
  { name: { en: 'Electrical fittings', zh: '电气配件', 'zh-TW': '電氣配件' }, unitPrice: 6 },
];

export const SOURCES: readonly Term[] = [
  { en: 'Trade fair', zh: '展会', 'zh-TW': '展覽會' },
  { en: 'Canton Fair', zh: '广交会', 'zh-TW': '廣交會' },
  { en: 'B2B website', zh: 'B2B网站', 'zh-TW': 'B2B網站' },
  { en: 'Referral', zh: '客户介绍', 'zh-TW': '客戶介紹' },
  { en: 'Website inquiry', zh: '官网询盘', 'zh-TW': '官網詢價' },
  { en: 'Cold email', zh: '开发信', 'zh-TW': '開發信' },
];
export const SOURCE_WEIGHTS = [22, 18, 24, 16, 12, 8];

export const STATUS_ACTIVE: Term = { en: 'Active', zh: '正常合作', 'zh-TW': '正常合作' };
export const STATUS_NEGOTIATING: Term = { en: 'Negotiating', zh: '洽谈中', 'zh-TW': '洽談中' };
export const STATUS_SAMPLE_SENT: Term = { en: 'Sample sent', zh: '已寄样', 'zh-TW': '已寄樣品' };
export const STATUS_DORMANT: Term = { en: 'Dormant', zh: '休眠', 'zh-TW': '休眠' };
export const STATUS_LOST: Term = { en: 'Lost', zh: '已流失', 'zh-TW': '已流失' };

export const SETTLEMENT_PAID: Term = { en: 'Paid', zh: '已结清', 'zh-TW': '已結清' };
export const SETTLEMENT_OPEN: Term = { en: 'Open', zh: '未到期', 'zh-TW': '未到期' };
export const SETTLEMENT_OVERDUE: Term = { en: 'Overdue', zh: '逾期', 'zh-TW': '逾期' };
export const SETTLEMENT_PARTIAL: Term = { en: 'Partially paid', zh: '部分付款', 'zh-TW': '部分付款' };

/** The sales team: eleven people, as in source 0 of docs/domain.md (a Taiwan team of its own in zh-TW). */
export const OWNERS: readonly Term[] = [
  { en: 'Li Wei', zh: '李伟', 'zh-TW': '陳怡君' },
  { en: 'Zhang Min', zh: '张敏', 'zh-TW': '林志豪' },
  { en: 'Wang Fang', zh: '王芳', 'zh-TW': '黃雅琪' },
  { en: 'Chen Jie', zh: '陈杰', 'zh-TW': '張家瑋' },
  { en: 'Liu Yang', zh: '刘洋', 'zh-TW': '王俊宏' },
  { en: 'Huang Li', zh: '黄丽', 'zh-TW': '劉淑惠' },
  { en: 'Zhao Lei', zh: '赵磊', 'zh-TW': '吳承翰' },
  { en: 'Zhou Ting', zh: '周婷', 'zh-TW': '蔡佳穎' },
  { en: 'Wu Hao', zh: '吴昊', 'zh-TW': '楊明哲' },
  { en: 'Xu Jing', zh: '徐静', 'zh-TW': '許雅雯' },
  { en: 'Sun Qiang', zh: '孙强', 'zh-TW': '鄭宇軒' },
];

/**
 * Relative order volume by calendar month: the autumn peak ships for Christmas, February dips
 * for the Chinese New Year. Same every year, so the seasonal index is there to find.
 */
export const MONTH_SEASONALITY = [0.85, 0.55, 1.0, 1.05, 1.0, 0.9, 0.95, 1.15, 1.35, 1.3, 1.1, 0.8];
