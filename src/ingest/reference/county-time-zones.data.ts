/**
 * County FIPS -> IANA zone, only where a county's zone differs from its state's
 * default in US_STATES. Sources: the region comments of the IANA tz database
 * (zone.tab and the county lists in its `northamerica` file) and the US DOT
 * time zone boundaries in 49 CFR part 71. Keys are us-atlas 3 (~2017 Census) ids.
 *
 * This is a county-level approximation. Where a boundary splits a county, the
 * county takes the zone of its county seat (noted per entry). Known sub-county
 * exceptions that are NOT represented:
 * - AZ: the Navajo Nation observes DST (America/Denver); the counties stay America/Phoenix.
 * - NV: West Wendover, Jackpot, Owyhee and Mountain City (Elko County) keep Mountain time.
 * - TX: Pine Springs and Nickel Creek (Culberson County) keep Mountain time.
 * - AL: Phenix City (seat of Russell County) and nearby towns unofficially keep Eastern time;
 *   legal time there is Central.
 * - OK: Kenton (Cimarron County) unofficially keeps Mountain time.
 * - AK: Hyder follows Pacific time informally; Metlakatla (America/Metlakatla) lies in
 *   Prince of Wales-Hyder. Unalaska and the Pribilofs in Aleutians West keep Alaska time.
 */
const CHICAGO = 'America/Chicago';
const NEW_YORK = 'America/New_York';
const DENVER = 'America/Denver';
const LOS_ANGELES = 'America/Los_Angeles';

export const COUNTY_TIME_ZONE_OVERRIDES: Readonly<Record<string, string>> = {
  // Alaska (default America/Anchorage). Since 1983 all but the western Aleutians share
  // Alaska time; the sub-zones differ only in history.
  // 02016 Aleutians West keeps the state default: Unalaska, its largest town and jail, keeps Alaska
  // time; only Adak and Atka (America/Adak) are on Hawaii-Aleutian time, a sub-county split.
  '02100': 'America/Juneau', // Haines
  '02105': 'America/Juneau', // Hoonah-Angoon
  '02110': 'America/Juneau', // Juneau
  '02230': 'America/Juneau', // Skagway
  '02130': 'America/Sitka', // Ketchikan Gateway
  '02195': 'America/Sitka', // Petersburg
  '02198': 'America/Sitka', // Prince of Wales-Hyder (no seat; most people on Prince of Wales I.)
  '02220': 'America/Sitka', // Sitka
  '02275': 'America/Sitka', // Wrangell
  '02282': 'America/Yakutat', // Yakutat
  '02180': 'America/Nome', // Nome

  // Florida panhandle west of the Apalachicola (default America/New_York).
  // Gulf (12045) is split; its seat Port St. Joe is Eastern, so it has no override.
  '12005': CHICAGO, // Bay
  '12013': CHICAGO, // Calhoun
  '12033': CHICAGO, // Escambia
  '12059': CHICAGO, // Holmes
  '12063': CHICAGO, // Jackson
  '12091': CHICAGO, // Okaloosa
  '12113': CHICAGO, // Santa Rosa
  '12131': CHICAGO, // Walton
  '12133': CHICAGO, // Washington

  // Idaho north of the Salmon River (default America/Boise).
  '16009': LOS_ANGELES, // Benewah
  '16017': LOS_ANGELES, // Bonner
  '16021': LOS_ANGELES, // Boundary
  '16035': LOS_ANGELES, // Clearwater
  '16049': LOS_ANGELES, // Idaho: split at the Salmon River; seat Grangeville is Pacific
  '16055': LOS_ANGELES, // Kootenai
  '16057': LOS_ANGELES, // Latah
  '16061': LOS_ANGELES, // Lewis
  '16069': LOS_ANGELES, // Nez Perce
  '16079': LOS_ANGELES, // Shoshone

  // Indiana (default America/Indiana/Indianapolis), per the tz county list.
  '18051': CHICAGO, // Gibson
  '18073': CHICAGO, // Jasper
  '18089': CHICAGO, // Lake
  '18091': CHICAGO, // LaPorte
  '18111': CHICAGO, // Newton
  '18127': CHICAGO, // Porter
  '18129': CHICAGO, // Posey
  '18147': CHICAGO, // Spencer
  '18163': CHICAGO, // Vanderburgh
  '18173': CHICAGO, // Warrick
  '18149': 'America/Indiana/Knox', // Starke
  '18123': 'America/Indiana/Tell_City', // Perry
  '18125': 'America/Indiana/Petersburg', // Pike
  '18027': 'America/Indiana/Vincennes', // Daviess
  '18037': 'America/Indiana/Vincennes', // Dubois
  '18083': 'America/Indiana/Vincennes', // Knox
  '18101': 'America/Indiana/Vincennes', // Martin
  '18131': 'America/Indiana/Winamac', // Pulaski
  '18025': 'America/Indiana/Marengo', // Crawford
  '18155': 'America/Indiana/Vevay', // Switzerland
  '18029': NEW_YORK, // Dearborn (Cincinnati area)
  '18115': NEW_YORK, // Ohio (Cincinnati area)
  '18019': 'America/Kentucky/Louisville', // Clark
  '18043': 'America/Kentucky/Louisville', // Floyd
  '18061': 'America/Kentucky/Louisville', // Harrison

  // Kansas (default America/Chicago).
  '20071': DENVER, // Greeley
  '20075': DENVER, // Hamilton
  '20181': DENVER, // Sherman
  '20199': DENVER, // Wallace

  // Kentucky (default America/New_York): the western Central-time counties.
  '21001': CHICAGO, // Adair
  '21003': CHICAGO, // Allen
  '21007': CHICAGO, // Ballard
  '21009': CHICAGO, // Barren
  '21027': CHICAGO, // Breckinridge
  '21031': CHICAGO, // Butler
  '21033': CHICAGO, // Caldwell
  '21035': CHICAGO, // Calloway
  '21039': CHICAGO, // Carlisle
  '21047': CHICAGO, // Christian
  '21053': CHICAGO, // Clinton
  '21055': CHICAGO, // Crittenden
  '21057': CHICAGO, // Cumberland
  '21059': CHICAGO, // Daviess
  '21061': CHICAGO, // Edmonson
  '21075': CHICAGO, // Fulton
  '21083': CHICAGO, // Graves
  '21085': CHICAGO, // Grayson
  '21087': CHICAGO, // Green
  '21091': CHICAGO, // Hancock
  '21099': CHICAGO, // Hart
  '21101': CHICAGO, // Henderson
  '21105': CHICAGO, // Hickman
  '21107': CHICAGO, // Hopkins
  '21139': CHICAGO, // Livingston
  '21141': CHICAGO, // Logan
  '21143': CHICAGO, // Lyon
  '21145': CHICAGO, // McCracken
  '21149': CHICAGO, // McLean
  '21157': CHICAGO, // Marshall
  '21169': CHICAGO, // Metcalfe
  '21171': CHICAGO, // Monroe
  '21177': CHICAGO, // Muhlenberg
  '21183': CHICAGO, // Ohio
  '21207': CHICAGO, // Russell
  '21213': CHICAGO, // Simpson
  '21219': CHICAGO, // Todd
  '21221': CHICAGO, // Trigg
  '21225': CHICAGO, // Union
  '21227': CHICAGO, // Warren
  '21233': CHICAGO, // Webster
  '21111': 'America/Kentucky/Louisville', // Jefferson
  '21231': 'America/Kentucky/Monticello', // Wayne

  // Michigan counties bordering Wisconsin (default America/Detroit).
  '26043': 'America/Menominee', // Dickinson
  '26053': 'America/Menominee', // Gogebic
  '26071': 'America/Menominee', // Iron
  '26109': 'America/Menominee', // Menominee

  // Nebraska panhandle and southwest (default America/Chicago).
  // Cherry (31031) is split; its seat Valentine is Central, so it has no override.
  '31005': DENVER, // Arthur
  '31007': DENVER, // Banner
  '31013': DENVER, // Box Butte
  '31029': DENVER, // Chase
  '31033': DENVER, // Cheyenne
  '31045': DENVER, // Dawes
  '31049': DENVER, // Deuel
  '31057': DENVER, // Dundy
  '31069': DENVER, // Garden
  '31075': DENVER, // Grant
  '31091': DENVER, // Hooker
  '31101': DENVER, // Keith
  '31105': DENVER, // Kimball
  '31123': DENVER, // Morrill
  '31135': DENVER, // Perkins
  '31157': DENVER, // Scotts Bluff
  '31161': DENVER, // Sheridan
  '31165': DENVER, // Sioux

  // North Dakota southwest (default America/Chicago). McKenzie (38053) is split;
  // its seat Watford City is Central. Sioux (38085) keeps Central in practice.
  '38001': DENVER, // Adams
  '38007': DENVER, // Billings
  '38011': DENVER, // Bowman
  '38025': DENVER, // Dunn
  '38033': DENVER, // Golden Valley
  '38037': DENVER, // Grant
  '38041': DENVER, // Hettinger
  '38087': DENVER, // Slope
  '38089': DENVER, // Stark
  '38065': 'America/North_Dakota/Center', // Oliver
  '38059': 'America/North_Dakota/New_Salem', // Morton
  '38057': 'America/North_Dakota/Beulah', // Mercer

  // Oregon (default America/Los_Angeles).
  '41045': 'America/Boise', // Malheur: split; the northern three quarters and seat Vale are Mountain

  // South Dakota west river (default America/Chicago). Stanley (46117) is legally
  // Mountain but its seat Fort Pierre keeps Central; tz assigns it America/Chicago.
  '46007': DENVER, // Bennett
  '46019': DENVER, // Butte
  '46031': DENVER, // Corson
  '46033': DENVER, // Custer
  '46041': DENVER, // Dewey
  '46047': DENVER, // Fall River
  '46055': DENVER, // Haakon
  '46063': DENVER, // Harding
  '46071': DENVER, // Jackson
  '46081': DENVER, // Lawrence
  '46093': DENVER, // Meade
  '46102': DENVER, // Oglala Lakota
  '46103': DENVER, // Pennington
  '46105': DENVER, // Perkins
  '46137': DENVER, // Ziebach

  // Tennessee (default America/Chicago): East Tennessee on Eastern time.
  '47001': NEW_YORK, // Anderson
  '47009': NEW_YORK, // Blount
  '47011': NEW_YORK, // Bradley
  '47013': NEW_YORK, // Campbell
  '47019': NEW_YORK, // Carter
  '47025': NEW_YORK, // Claiborne
  '47029': NEW_YORK, // Cocke
  '47057': NEW_YORK, // Grainger
  '47059': NEW_YORK, // Greene
  '47063': NEW_YORK, // Hamblen
  '47065': NEW_YORK, // Hamilton
  '47067': NEW_YORK, // Hancock
  '47073': NEW_YORK, // Hawkins
  '47089': NEW_YORK, // Jefferson
  '47091': NEW_YORK, // Johnson
  '47093': NEW_YORK, // Knox
  '47105': NEW_YORK, // Loudon
  '47107': NEW_YORK, // McMinn
  '47121': NEW_YORK, // Meigs
  '47123': NEW_YORK, // Monroe
  '47129': NEW_YORK, // Morgan
  '47139': NEW_YORK, // Polk
  '47143': NEW_YORK, // Rhea
  '47145': NEW_YORK, // Roane
  '47151': NEW_YORK, // Scott
  '47155': NEW_YORK, // Sevier
  '47163': NEW_YORK, // Sullivan
  '47171': NEW_YORK, // Unicoi
  '47173': NEW_YORK, // Union
  '47179': NEW_YORK, // Washington

  // Texas (default America/Chicago).
  '48141': DENVER, // El Paso
  '48229': DENVER, // Hudspeth
};
