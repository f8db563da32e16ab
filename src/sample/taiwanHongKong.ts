/**
 * The Traditional Chinese sample (`zh-TW`): the customers of a Taiwan trading company, in Taiwan
 * and Hong Kong, with company names, addresses, phones and contact people as written there, and
 * amounts in New Taiwan dollars (README "Sample workbooks").
 */
import type { Term } from './vocabulary';

export interface Region {
  name: Term;
  /** City, district and street, as an address starts (the house number and floor follow). */
  streets: readonly string[];
  floors: readonly string[];
  /** Company suffixes, the first the most common. */
  suffixes: readonly string[];
  /** How a landline there starts: country code, area code (Taipei's 2 in Taiwan) and the number's first digit. */
  phone: string;
  domain: string;
}

export const TAIWAN: Region = {
  name: { en: 'Taiwan', zh: '台湾', 'zh-TW': '臺灣' },
  streets: [
    '臺北市內湖區成功路二段',
    '臺北市中山區民生東路三段',
    '新北市新莊區中正路',
    '桃園市中壢區中山東路',
    '新竹市東區光復路一段',
    '臺中市西屯區工業區一路',
    '彰化縣彰化市中華路',
    '臺南市永康區中華路',
    '高雄市前鎮區復興四路',
  ],
  floors: ['', '2樓', '5樓', '7樓之1', '12樓'],
  suffixes: ['股份有限公司', '有限公司', '企業社'],
  phone: '+886 2 2',
  domain: 'com.tw',
};

export const HONG_KONG: Region = {
  name: { en: 'Hong Kong', zh: '香港', 'zh-TW': '香港' },
  streets: ['九龍觀塘開源道', '九龍長沙灣長沙灣道', '九龍紅磡蕪湖街', '新界荃灣青山公路', '新界沙田火炭坳背灣街', '香港柴灣柴灣道', '香港上環德輔道中'],
  floors: ['', '3樓', '8樓A室', '12樓B室', '20樓'],
  suffixes: ['有限公司'],
  phone: '+852 3',
  domain: 'com.hk',
};

/** About one customer in three in Hong Kong: the sample's country draw decides, so the profiles stay those of the other languages. */
export const regionOf = (country: number): Region => (country % 3 === 1 ? HONG_KONG : TAIWAN);

/** Company name stems with the romanisation their mail domain uses. */
export const TW_COMPANY_STEMS: readonly (readonly [string, string])[] = [
  ['恆達', 'hengda'],
  ['瑞興', 'ruihsing'],
  ['大昌', 'tachang'],
  ['華美', 'huamei'],
  ['東昇', 'tungsheng'],
  ['泰和', 'taiho'],
  ['裕豐', 'yufeng'],
  ['建盛', 'chiensheng'],
  ['祥發', 'hsiangfa'],
  ['富源', 'fuyuan'],
  ['金鼎', 'chinting'],
  ['德安', 'tean'],
  ['嘉泰', 'chiatai'],
  ['興隆', 'hsinglung'],
  ['鴻運', 'hungyun'],
  ['永信', 'yunghsin'],
  ['立群', 'lichun'],
  ['晨光', 'chenkuang'],
  ['友聯', 'yulien'],
  ['佳和', 'chiaho'],
  ['宏昇', 'hungsheng'],
  ['信昌', 'hsinchang'],
  ['百順', 'paishun'],
  ['安居', 'anchu'],
];
export const TW_COMPANY_TRADES = ['家居', '傢俱', '居家用品', '五金', '建材', '貿易', '衛浴', '生活館', '國際', '實業', '室內裝修', '戶外用品'];
export const TW_SURNAMES = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭', '謝', '郭', '洪', '曾', '何', '梁', '周', '葉'];
export const TW_GIVEN_NAMES = [
  '志明',
  '美玲',
  '建宏',
  '雅婷',
  '家豪',
  '淑芬',
  '俊傑',
  '怡君',
  '宗翰',
  '佩珊',
  '文彬',
  '嘉欣',
  '偉文',
  '詠詩',
  '家樂',
  '子軒',
  '秀英',
  '國華',
  '惠敏',
  '冠宇',
  '思穎',
  '振宇',
  '麗華',
  '浩然',
  '欣怡',
  '嘉豪',
  '淑華',
  '明輝',
  '芷晴',
  '俊賢',
];
