import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "./client";
import { communities, places, type PlaceKind } from "./schema";

/*
 * A realistic subset of the demo station's places (the station has 62 compounds, 131 work units and 1,100
 * shops): per community, its compounds with some of their buildings, work units, street shops and public
 * places — the park in 望湖, the long-distance bus station in 南桥. Every name and address is invented.
 * Idempotent: a place is skipped when its community already has one of that kind and name.
 */

interface DemoPlaces {
  compounds: { name: string; address: string; buildings: number }[];
  workUnits: [name: string, address: string][];
  shops: [name: string, address: string][];
  publicPlaces: [name: string, address: string][];
}

export const DEMO_PLACES: Record<string, DemoPlaces> = {
  liuyin: {
    compounds: [
      { name: "柳荫小区", address: "柳荫路 18 号", buildings: 6 },
      { name: "柳荫新村", address: "柳荫街 40 号", buildings: 8 },
      { name: "桂花苑", address: "柳荫路 66 号", buildings: 4 },
      { name: "锦绣里", address: "青石路 201 号", buildings: 3 },
      { name: "青石公寓", address: "青石路 233 号", buildings: 2 },
    ],
    workUnits: [
      ["青石科技有限公司", "青石路 210 号"],
      ["柳荫小学", "柳荫街 12 号"],
      ["滨河区第二幼儿园", "柳荫路 30 号"],
      ["柳荫社区卫生服务站", "柳荫街 26 号"],
    ],
    shops: [
      ["好邻居便利店", "柳荫街 8 号"],
      ["老张五金店", "柳荫街 15 号"],
      ["柳荫大药房", "柳荫路 20 号"],
      ["小林理发店", "柳荫街 31 号"],
      ["川味面馆", "柳荫街 33 号"],
      ["鑫源电动车行", "青石路 215 号"],
    ],
    publicPlaces: [
      ["柳荫街菜场", "柳荫街 50 号"],
      ["柳荫社区广场", "柳荫街 26 号南侧"],
    ],
  },
  fenglin: {
    compounds: [
      { name: "枫林新村", address: "枫林路 20 号", buildings: 10 },
      { name: "枫林苑", address: "枫林路 80 号", buildings: 6 },
      { name: "红枫家园", address: "红枫路 5 号", buildings: 5 },
      { name: "金枫公寓", address: "枫林路 102 号", buildings: 2 },
    ],
    workUnits: [
      ["青石市第一中学", "红枫路 1 号"],
      ["枫林路小学", "枫林路 60 号"],
      ["枫林物业服务中心", "枫林路 22 号"],
    ],
    shops: [
      ["枫林超市", "枫林路 40 号"],
      ["枫叶餐馆", "枫林路 44 号"],
      ["王记早点", "枫林路 46 号"],
      ["华联手机维修", "红枫路 9 号"],
      ["枫林快递驿站", "枫林路 24 号"],
    ],
    publicPlaces: [
      ["枫林路公交站", "枫林路与红枫路口"],
      ["枫林社区公园", "红枫路 20 号"],
    ],
  },
  wanghu: {
    compounds: [
      { name: "望湖花园", address: "望湖路 30 号", buildings: 12 },
      { name: "湖畔人家", address: "望湖路 58 号", buildings: 5 },
      { name: "碧水湾", address: "湖滨路 12 号", buildings: 4 },
    ],
    workUnits: [
      ["望湖公园管理处", "望湖路 9 号"],
      ["望湖宾馆", "望湖路 15 号"],
      ["湖滨小学", "湖滨路 3 号"],
    ],
    shops: [
      ["湖边茶馆", "望湖路 11 号"],
      ["望湖路烧烤店", "望湖路 40 号"],
      ["星光网吧", "湖滨路 20 号"],
      ["望湖药店", "望湖路 36 号"],
    ],
    publicPlaces: [
      ["望湖公园", "望湖路 9 号"],
      ["望湖公园西侧步道", "望湖公园西门至南门"],
    ],
  },
  nanqiao: {
    compounds: [
      { name: "南桥小区", address: "南桥街 60 号", buildings: 7 },
      { name: "南桥新苑", address: "南桥街 150 号", buildings: 5 },
      { name: "桥东花园", address: "桥东路 8 号", buildings: 4 },
      { name: "客运站宿舍区", address: "南桥街 120 号", buildings: 2 },
    ],
    workUnits: [
      ["南桥农贸市场", "南桥街 90 号"],
      ["南桥汽修厂", "桥东路 30 号"],
      ["南桥物流园", "桥东路 50 号"],
    ],
    shops: [
      ["南桥旅馆", "南桥街 112 号"],
      ["站前小吃店", "南桥街 116 号"],
      ["客运站便利店", "南桥街 118 号"],
      ["南桥街 108 号新开店铺", "南桥街 108 号"],
    ],
    publicPlaces: [
      ["长途汽车客运站", "南桥街 118 号"],
      ["南桥桥头广场", "南桥街与桥东路口"],
    ],
  },
};

export async function seedPlaces(db: Db): Promise<void> {
  const rows = await db
    .select({ id: communities.id, slug: communities.slug })
    .from(communities)
    .where(inArray(communities.slug, Object.keys(DEMO_PLACES)));
  for (const community of rows) {
    const demo = DEMO_PLACES[community.slug]!;
    const add = async (kind: PlaceKind, name: string, address: string | null, parentId: number | null = null): Promise<number> => {
      const [existing] = await db
        .select({ id: places.id })
        .from(places)
        .where(and(eq(places.communityId, community.id), eq(places.kind, kind), eq(places.name, name), parentId === null ? undefined : eq(places.parentId, parentId)));
      if (existing) return existing.id;
      const [created] = await db.insert(places).values({ communityId: community.id, kind, name, address, parentId }).returning({ id: places.id });
      return created!.id;
    };
    for (const compound of demo.compounds) {
      const id = await add("compound", compound.name, compound.address);
      for (let n = 1; n <= compound.buildings; n++) await add("building", `${n} 幢`, null, id);
    }
    for (const [name, address] of demo.workUnits) await add("work_unit", name, address);
    for (const [name, address] of demo.shops) await add("shop", name, address);
    for (const [name, address] of demo.publicPlaces) await add("public_place", name, address);
  }
}

/** A seeded compound's id by community slug and name (for the other demo data that happens there). */
export async function compoundId(db: Db, communityId: number, name: string): Promise<number> {
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.communityId, communityId), eq(places.kind, "compound"), eq(places.name, name)));
  if (!row) throw new Error(`demo compound ${name} missing`);
  return row.id;
}
