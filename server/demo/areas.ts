import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { projectRoot } from '../core/db/orm.js';
import { foldForSearch } from '../core/text.js';
import { AdministrativeArea, AreaLevel } from '../modules/areas/area.entity.js';

/** A commune, ward or special zone in the 2025 data set. */
export interface AdministrativeUnitWard {
  Code: string;
  FullName: string;
  ProvinceCode: string;
}

/** A province or centrally-run city in the 2025 data set, with its communes. */
export interface AdministrativeUnitProvince {
  Code: string;
  FullName: string;
  Wards: AdministrativeUnitWard[];
}

/**
 * Where the 2025 administrative units are kept (MIT licence beside it). Read from the
 * project root so compiled code in `dist/` finds it as well as code run by vitest.
 */
export const ADMINISTRATIVE_UNITS_FILE = path.join(
  projectRoot,
  'server/demo/data/vn-administrative-units-2025.json',
);

/** Code of the single CENTRAL area, the root of the tree. */
export const CENTRAL_AREA_CODE = 'VN';

/** Area codes the demo data uses (real 2025 codes, plus made-up `OLD-` codes for pre-2025 districts). */
export const DEMO_AREA = {
  country: CENTRAL_AREA_CODE,
  langSon: '20',
  xaHuuLung: '06385',
  xaVanQuan: '06253',
  oldHuuLungDistrict: 'OLD-20-HL',
  oldVanQuanDistrict: 'OLD-20-VQ',
  oldLangSonCity: 'OLD-20-TPLS',
} as const;

/** A pre-2025 district kept for history (the seeds' Huyện ủy sit on them). */
export interface HistoricDistrict {
  code: string;
  name: string;
  provinceCode: string;
}

/** Districts of Lạng Sơn abolished on 2025-07-01 that the seeds mention. */
export const HISTORIC_DISTRICTS: readonly HistoricDistrict[] = [
  { code: DEMO_AREA.oldHuuLungDistrict, name: 'Huyện Hữu Lũng', provinceCode: DEMO_AREA.langSon },
  { code: DEMO_AREA.oldVanQuanDistrict, name: 'Huyện Văn Quan', provinceCode: DEMO_AREA.langSon },
  { code: DEMO_AREA.oldLangSonCity, name: 'Thành phố Lạng Sơn', provinceCode: DEMO_AREA.langSon },
];

let cachedUnits: AdministrativeUnitProvince[] | undefined;

/** Reads (once per process) Vietnam's 34 provinces and 3,321 communes of 2025. */
export function readAdministrativeUnits(): AdministrativeUnitProvince[] {
  cachedUnits ??= JSON.parse(readFileSync(ADMINISTRATIVE_UNITS_FILE, 'utf8')) as AdministrativeUnitProvince[];
  return cachedUnits;
}

/** A row of `administrative_area` as inserted in bulk (property names). */
export interface AreaRow {
  id: string;
  code: string;
  name: string;
  searchKey: string;
  level: AreaLevel;
  parent: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Builds the area rows (country, provinces, communes, historic districts) with fresh IDs. */
export function buildAreaRows(units = readAdministrativeUnits()): AreaRow[] {
  const now = new Date();
  const rows: AreaRow[] = [];
  const idByCode = new Map<string, string>();
  const add = (code: string, name: string, level: AreaLevel, parentCode: string | null) => {
    const parent = parentCode === null ? null : idByCode.get(parentCode);
    if (parent === undefined) throw new Error(`area ${code}: unknown parent ${parentCode}`);
    const id = randomUUID();
    const cleanName = name.normalize('NFC');
    idByCode.set(code, id);
    rows.push({
      id,
      code,
      name: cleanName,
      searchKey: foldForSearch(cleanName),
      level,
      parent,
      createdAt: now,
      updatedAt: now,
    });
  };
  add(CENTRAL_AREA_CODE, 'Việt Nam', AreaLevel.CENTRAL, null);
  for (const province of units) add(province.Code, province.FullName, AreaLevel.PROVINCE, CENTRAL_AREA_CODE);
  for (const province of units) {
    for (const ward of province.Wards) add(ward.Code, ward.FullName, AreaLevel.COMMUNE, ward.ProvinceCode);
  }
  for (const district of HISTORIC_DISTRICTS) {
    add(district.code, district.name, AreaLevel.DISTRICT, district.provinceCode);
  }
  return rows;
}

const INSERT_CHUNK = 1000;

/**
 * Inserts the whole area tree in a few bulk statements: one CENTRAL area `VN`, the 34
 * provinces, the 3,321 communes and the historic Lạng Sơn districts. Expects an empty
 * table (codes are unique). Returns the new area IDs by code.
 */
export async function loadAdministrativeAreas(em: EntityManager): Promise<Map<string, string>> {
  const rows = buildAreaRows();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await em.insertMany(AdministrativeArea, rows.slice(i, i + INSERT_CHUNK));
  }
  return new Map(rows.map((row) => [row.code, row.id]));
}
