-- A graphbuild store at schema version 1, as the version-1 code (commit ba6e7c3) made it:
-- open_store(), ingest_extractions() of tests/data/extractions/*.json, one "hide country:FRA"
-- override; dumped with sqlite3's iterdump. Kept to test the upgrade to later versions.
PRAGMA application_id = 1195525186;
BEGIN TRANSACTION;
CREATE TABLE agreement_mentions (
    id INTEGER PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES agreements(id),
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,   -- the meeting it was signed at
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    topics TEXT NOT NULL DEFAULT '[]',
    mention_only INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER
);
INSERT INTO "agreement_mentions" VALUES(1,'agreement:mou-sgp-vnm-cybersecurity',1,1,NULL,'protocole d''accord de coopération en matière de cybersécurité, de prévention et de lutte contre la cybercriminalité et de protection des données personnelles','signed','2022-10-17','["cybersecurity", "cybercrime", "personal data protection"]',0,'Les deux parties ont également négocié et signé le 17 octobre 2022 un protocole d''accord de coopération en matière de cybersécurité, de prévention et de lutte contre la cybercriminalité et de protection des données personnelles',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(2,'agreement:agreement-sgp-vnm-extradition',1,2,NULL,'Accord sur l''extradition','proposed',NULL,'["extradition"]',0,'les deux parties examineront la construction, la négociation des documents juridiques en vue de leur signature, tels que l''Accord sur l''extradition',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(3,'agreement:agreement-sgp-vnm-transfer-of-sentenced-persons',1,3,NULL,'Accord sur le transfert des personnes condamnées','proposed',NULL,'["transfer of sentenced persons"]',0,'l''Accord sur le transfert des personnes condamnées',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(4,'agreement:agreement-sgp-vnm-mutual-legal-assistance',1,4,NULL,'Accord d''entraide judiciaire en matière pénale','proposed',NULL,'["mutual legal assistance"]',0,'l''Accord d''entraide judiciaire en matière pénale',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(5,'agreement:mou-sgp-vnm-digital-transformation',1,5,NULL,'protocole d''accord de coopération sur la transformation numérique et la construction du Centre national de données sur la population','proposed',NULL,'["digital transformation", "population database"]',0,'le protocole d''accord de coopération sur la transformation numérique et la construction du Centre national de données sur la population entre le ministère vietnamien de la Sécurité publique et l''Office du Premier ministre singapourien',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(6,'agreement:mou-sgp-vnm-cybercrime',3,1,'meeting:fd436113f0d0-1','protocole d’accord sur la coopération dans la prévention et la lutte contre la cybercriminalité et le blanchiment d’argent','signed','2024-09-12','["cybercrime", "money laundering"]',0,'À l’issue de l’entretien, les deux ministres ont signé un protocole d’accord sur la coopération dans la prévention et la lutte contre la cybercriminalité et le blanchiment d’argent entre le ministère vietnamien de la Sécurité publique et le ministère singapourien des Affaires intérieures.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(7,'agreement:agreement-sgp-vnm-money-laundering',3,2,NULL,'accord-cadre sur l’échange d’informations relatives aux transactions financières suspectes','proposed',NULL,'["money laundering", "information exchange"]',0,'Afin de compléter le cadre juridique de la coopération, le ministre Luong Tam Quang a proposé d’étudier la signature d’un accord-cadre sur l’échange d’informations relatives aux transactions financières suspectes entre les cellules de renseignement financier des deux pays.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(8,'agreement:agreement-kaz-vnm-drug-trafficking',4,1,NULL,'accord intergouvernemental sur la coopération dans la lutte contre le trafic illicite de stupéfiants','under_negotiation',NULL,'["drug trafficking"]',0,'Les deux parties ont passé en revue l’accord intergouvernemental sur la coopération dans la lutte contre le trafic illicite de stupéfiants, actuellement en cours de négociation, et sont convenues d’accélérer les discussions afin qu’il puisse être signé au plus tôt.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(9,'agreement:mou-kor-vnm-drug-trafficking',4,2,NULL,'protocole d’accord sur la coopération dans la lutte contre la drogue','signed','2018-11','["drug trafficking"]',0,'Les deux responsables ont évalué la mise en œuvre du protocole d’accord sur la coopération dans la lutte contre la drogue signé en novembre 2018 entre le ministère vietnamien de la Sécurité publique et l’Agence nationale de police coréenne.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(10,'agreement:mou-nld-vnm-liaison-officers',4,3,NULL,'protocole d’accord sur le détachement d’officiers de liaison','proposed',NULL,'["liaison officers", "drug trafficking"]',0,'Le général Nguyen Van Long a proposé d’étudier la signature d’un protocole d’accord sur le détachement d’officiers de liaison entre les deux polices, une proposition que M. van den Berg a promis de transmettre à La Haye.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(11,'agreement:convention-united-nations-drug-trafficking',4,4,NULL,'Convention des Nations unies contre le trafic illicite de stupéfiants et de substances psychotropes de 1988','in_force','1988','["drug trafficking"]',1,'Au cours de ces rencontres, le vice-ministre a rappelé que le Vietnam était partie aux trois conventions internationales sur le contrôle des drogues, dont la Convention des Nations unies contre le trafic illicite de stupéfiants et de substances psychotropes de 1988, et qu’il était déterminé à en appliquer pleinement les dispositions.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(12,'agreement:mou-kor-vnm-transnational-crime',5,1,'meeting:0bd16344c555-1','mémorandum d’entente sur la coopération dans la prévention et la lutte contre la criminalité transnationale','signed','2023-05-17','["transnational crime"]',0,'À l’issue des entretiens, les deux ministres ont signé un mémorandum d’entente sur la coopération dans la prévention et la lutte contre la criminalité transnationale entre le ministère vietnamien de la Sécurité publique et le ministère sud-coréen de l’Intérieur et de la Sécurité.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(13,'agreement:mou-kor-vnm-fire-and-rescue',5,2,NULL,'protocole d’accord sur la coopération en matière de prévention des incendies et de sauvetage','to_be_signed',NULL,'["fire and rescue"]',0,'Ils ont également annoncé que leurs services s’apprêtent à signer un protocole d’accord sur la coopération en matière de prévention des incendies et de sauvetage, dont le texte a été finalisé.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(14,'agreement:treaty-kor-vnm-extradition',5,3,NULL,'traité d’extradition','in_force','2005','["extradition"]',0,'Les deux responsables ont rappelé que le traité d’extradition entre les deux pays, entré en vigueur en 2005, constituait une base solide pour la remise des fugitifs, et sont convenus d’accélérer le traitement des demandes en suspens.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(15,'agreement:agreement-kor-vnm-asset-recovery',5,4,NULL,'accord sur le recouvrement et le partage des avoirs d’origine criminelle','proposed',NULL,'["asset recovery", "money laundering"]',0,'Celle-ci a proposé d’étudier la signature d’un accord sur le recouvrement et le partage des avoirs d’origine criminelle, une initiative que le ministre vietnamien a jugée opportune au regard de l’essor du blanchiment d’argent au moyen de cryptoactifs.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(16,'agreement:plan-lao-vnm-drug-trafficking',6,1,'meeting:178d7b757c70-1','plan de coopération pour 2023','signed','2022-08-10','["drug trafficking", "illegal immigration", "training", "border management"]',0,'À l’issue de la séance de travail, les deux vice-ministres ont signé le plan de coopération pour 2023 entre les deux ministères de la Sécurité publique, qui prévoit des opérations conjointes contre le trafic de drogue, la lutte contre l’immigration clandestine et la formation de 300 officiers laotiens.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(17,'agreement:agreement-lao-vnm-border-management',6,2,NULL,'accord sur le règlement de gestion de la frontière et des postes-frontières terrestres','in_force','2017','["border management"]',0,'Les deux parties ont rappelé que l’accord sur le règlement de gestion de la frontière et des postes-frontières terrestres, entré en vigueur en 2017, constituait le fondement juridique de la gestion commune de la frontière.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(18,'agreement:agreement-fra-vnm-internal-security',7,1,NULL,'accord intergouvernemental de coopération en matière de sécurité intérieure','in_force','2014','["internal security"]',0,'Les deux parties ont passé en revue la mise en œuvre de l’accord intergouvernemental de coopération en matière de sécurité intérieure, entré en vigueur en 2014, et salué le travail de l’attaché de sécurité intérieure français en poste à Hanoï.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(19,'agreement:agreement-vnm-europol-information-exchange',7,2,NULL,'arrangement de travail stratégique entre le ministère vietnamien de la Sécurité publique et Europol','under_negotiation',NULL,'["information exchange"]',0,'Les deux responsables ont fait le point sur l’arrangement de travail stratégique entre le ministère vietnamien de la Sécurité publique et Europol, en cours de négociation depuis 2018, qui permettrait l’échange d’analyses sur les menaces criminelles communes.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(20,'agreement:mou-nld-vnm-human-trafficking',7,3,NULL,'protocole d’accord sur la coopération dans la lutte contre la traite des êtres humains et le trafic de migrants','proposed',NULL,'["human trafficking", "migrant smuggling"]',0,'Le général Ho Van Thanh a proposé aux deux parties d’étudier la signature d’un protocole d’accord sur la coopération dans la lutte contre la traite des êtres humains et le trafic de migrants entre le ministère vietnamien de la Sécurité publique et le ministère néerlandais de la Justice et de la Sécurité.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(21,'agreement:plan-chn-vnm-crime-prevention',8,1,'meeting:7ed5f04f4bd2-1','plan de coopération pour la période 2025-2027','signed','2025-03-12','["crime prevention"]',0,'À l’issue de la conférence, les deux ministres ont signé le procès-verbal des travaux ainsi que le plan de coopération pour la période 2025-2027 entre les deux ministères.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(22,'agreement:mou-chn-vnm-telecom-fraud',8,2,'meeting:7ed5f04f4bd2-1','protocole d’accord sur la coopération dans la lutte contre la fraude dans les télécommunications et les jeux d’argent en ligne','signed','2025-03-12','["telecom fraud", "online gambling"]',0,'Des représentants des deux parties ont également signé un protocole d’accord sur la coopération dans la lutte contre la fraude dans les télécommunications et les jeux d’argent en ligne.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(23,'agreement:treaty-chn-vnm-extradition',8,3,NULL,'traité d’extradition','in_force','2019','["extradition"]',0,'De son côté, le général Luong Tam Quang a proposé que les deux parties mènent davantage d’opérations conjointes contre les réseaux d’immigration clandestine et de traite des êtres humains, et qu’elles accélèrent l’arrestation et la remise des fugitifs en application du traité d’extradition entre les deux pays, en vigueur depuis 2019.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(24,'agreement:agreement-chn-vnm-data-security',8,4,NULL,'accord de coopération en matière de sécurité des données et de protection des informations personnelles','proposed',NULL,'["data security", "personal data protection"]',0,'Il a également proposé d’étudier la signature d’un accord de coopération en matière de sécurité des données et de protection des informations personnelles, domaine dans lequel les deux pays viennent de renforcer leur législation.',NULL,NULL);
INSERT INTO "agreement_mentions" VALUES(25,'agreement:agreement-sgp-vnm-extradition',9,1,'meeting:86bde07f74d2-1','Agreement on Extradition','signed','2025-06-10','["extradition"]',0,'After the talks, the two sides signed the Agreement on Extradition.',NULL,NULL);
CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    party_id TEXT NOT NULL,          -- country:<iso3> or org:<slug>
    PRIMARY KEY (agreement_id, party_id)
);
INSERT INTO "agreement_parties" VALUES('agreement:mou-sgp-vnm-cybersecurity',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-sgp-vnm-cybersecurity',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-extradition',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-extradition',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-transfer-of-sentenced-persons',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-transfer-of-sentenced-persons',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-mutual-legal-assistance',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-mutual-legal-assistance',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:mou-sgp-vnm-digital-transformation',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-sgp-vnm-digital-transformation',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:mou-sgp-vnm-cybercrime',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-sgp-vnm-cybercrime',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-money-laundering',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-sgp-vnm-money-laundering',1,'country:SGP');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-kaz-vnm-drug-trafficking',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-kaz-vnm-drug-trafficking',1,'country:KAZ');
INSERT INTO "agreement_parties" VALUES('agreement:mou-kor-vnm-drug-trafficking',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-kor-vnm-drug-trafficking',1,'country:KOR');
INSERT INTO "agreement_parties" VALUES('agreement:mou-nld-vnm-liaison-officers',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-nld-vnm-liaison-officers',1,'country:NLD');
INSERT INTO "agreement_parties" VALUES('agreement:convention-united-nations-drug-trafficking',0,'org:united-nations');
INSERT INTO "agreement_parties" VALUES('agreement:mou-kor-vnm-transnational-crime',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-kor-vnm-transnational-crime',1,'country:KOR');
INSERT INTO "agreement_parties" VALUES('agreement:mou-kor-vnm-fire-and-rescue',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-kor-vnm-fire-and-rescue',1,'country:KOR');
INSERT INTO "agreement_parties" VALUES('agreement:treaty-kor-vnm-extradition',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:treaty-kor-vnm-extradition',1,'country:KOR');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-kor-vnm-asset-recovery',0,'country:KOR');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-kor-vnm-asset-recovery',1,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:plan-lao-vnm-drug-trafficking',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:plan-lao-vnm-drug-trafficking',1,'country:LAO');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-lao-vnm-border-management',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-lao-vnm-border-management',1,'country:LAO');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-fra-vnm-internal-security',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-fra-vnm-internal-security',1,'country:FRA');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-vnm-europol-information-exchange',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-vnm-europol-information-exchange',1,'org:europol');
INSERT INTO "agreement_parties" VALUES('agreement:mou-nld-vnm-human-trafficking',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-nld-vnm-human-trafficking',1,'country:NLD');
INSERT INTO "agreement_parties" VALUES('agreement:plan-chn-vnm-crime-prevention',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:plan-chn-vnm-crime-prevention',1,'country:CHN');
INSERT INTO "agreement_parties" VALUES('agreement:mou-chn-vnm-telecom-fraud',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:mou-chn-vnm-telecom-fraud',1,'country:CHN');
INSERT INTO "agreement_parties" VALUES('agreement:treaty-chn-vnm-extradition',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:treaty-chn-vnm-extradition',1,'country:CHN');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-chn-vnm-data-security',0,'country:VNM');
INSERT INTO "agreement_parties" VALUES('agreement:agreement-chn-vnm-data-security',1,'country:CHN');
CREATE TABLE agreements (
    id TEXT PRIMARY KEY,             -- node id: agreement:<kind>-<parties>-<topic>
    kind TEXT NOT NULL,
    parties_key TEXT NOT NULL        -- sorted party node ids: the identity, with kind and topic
);
INSERT INTO "agreements" VALUES('agreement:mou-sgp-vnm-cybersecurity','mou','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-sgp-vnm-extradition','agreement','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-sgp-vnm-transfer-of-sentenced-persons','agreement','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-sgp-vnm-mutual-legal-assistance','agreement','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:mou-sgp-vnm-digital-transformation','mou','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:mou-sgp-vnm-cybercrime','mou','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-sgp-vnm-money-laundering','agreement','country:SGP country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-kaz-vnm-drug-trafficking','agreement','country:KAZ country:VNM');
INSERT INTO "agreements" VALUES('agreement:mou-kor-vnm-drug-trafficking','mou','country:KOR country:VNM');
INSERT INTO "agreements" VALUES('agreement:mou-nld-vnm-liaison-officers','mou','country:NLD country:VNM');
INSERT INTO "agreements" VALUES('agreement:convention-united-nations-drug-trafficking','convention','org:united-nations');
INSERT INTO "agreements" VALUES('agreement:mou-kor-vnm-transnational-crime','mou','country:KOR country:VNM');
INSERT INTO "agreements" VALUES('agreement:mou-kor-vnm-fire-and-rescue','mou','country:KOR country:VNM');
INSERT INTO "agreements" VALUES('agreement:treaty-kor-vnm-extradition','treaty','country:KOR country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-kor-vnm-asset-recovery','agreement','country:KOR country:VNM');
INSERT INTO "agreements" VALUES('agreement:plan-lao-vnm-drug-trafficking','plan','country:LAO country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-lao-vnm-border-management','agreement','country:LAO country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-fra-vnm-internal-security','agreement','country:FRA country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-vnm-europol-information-exchange','agreement','country:VNM org:europol');
INSERT INTO "agreements" VALUES('agreement:mou-nld-vnm-human-trafficking','mou','country:NLD country:VNM');
INSERT INTO "agreements" VALUES('agreement:plan-chn-vnm-crime-prevention','plan','country:CHN country:VNM');
INSERT INTO "agreements" VALUES('agreement:mou-chn-vnm-telecom-fraud','mou','country:CHN country:VNM');
INSERT INTO "agreements" VALUES('agreement:treaty-chn-vnm-extradition','treaty','country:CHN country:VNM');
INSERT INTO "agreements" VALUES('agreement:agreement-chn-vnm-data-security','agreement','country:CHN country:VNM');
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    text TEXT,                       -- NULL when stored from an extraction alone: not re-extractable
    title TEXT,
    url TEXT,
    language TEXT,
    published TEXT,
    extraction TEXT NOT NULL,        -- the extractor's output (Extraction.to_dict), as produced
    ingested_at TEXT NOT NULL
);
INSERT INTO "articles" VALUES(1,'seeds/002_c9ff3885ea96f6c4.txt','602e342011a40a60dd15bc6735cdae545695748f329ba88dd2e6c85aa58f0a08',NULL,NULL,NULL,'fr','2023-11','{"source": "seeds/002_c9ff3885ea96f6c4.txt", "language": "fr", "published": "2023-11", "meetings": [{"date": "2023-11-16", "place": "Hanoi", "participants": [{"name": "Tô Lâm", "aliases": ["To Lam"], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Teo Chee Hean", "aliases": [], "title": "ministre senior, ministre coordinateur chargé de la sécurité nationale", "organization": null, "country": "Singapore"}], "topics": ["crime prevention", "fire prevention", "rescue", "digital transformation", "population database", "cybersecurity", "high-tech crime", "extradition", "mutual legal assistance", "big data"], "evidence": "Le membre du Poliburo et ministre de la Séurité publique Tô Lâm s''est entretenu jeudi 16 novembre à Hanoi avec le ministre senior singapourien, ministre coordinateur chargé de la sécurité nationale Teo Chee Hean", "evidence_span": [-1, -1]}], "agreements": [{"name": "protocole d''accord de coopération en matière de cybersécurité, de prévention et de lutte contre la cybercriminalité et de protection des données personnelles", "kind": "mou", "status": "signed", "date": "2022-10-17", "parties": ["Vietnam", "Singapore"], "topics": ["cybersecurity", "cybercrime", "personal data protection"], "evidence": "Les deux parties ont également négocié et signé le 17 octobre 2022 un protocole d''accord de coopération en matière de cybersécurité, de prévention et de lutte contre la cybercriminalité et de protection des données personnelles", "evidence_span": [-1, -1]}, {"name": "Accord sur l''extradition", "kind": "agreement", "status": "proposed", "date": null, "parties": ["Vietnam", "Singapore"], "topics": ["extradition"], "evidence": "les deux parties examineront la construction, la négociation des documents juridiques en vue de leur signature, tels que l''Accord sur l''extradition", "evidence_span": [-1, -1]}, {"name": "Accord sur le transfert des personnes condamnées", "kind": "agreement", "status": "proposed", "date": null, "parties": ["Vietnam", "Singapore"], "topics": ["transfer of sentenced persons"], "evidence": "l''Accord sur le transfert des personnes condamnées", "evidence_span": [-1, -1]}, {"name": "Accord d''entraide judiciaire en matière pénale", "kind": "agreement", "status": "proposed", "date": null, "parties": ["Vietnam", "Singapore"], "topics": ["mutual legal assistance"], "evidence": "l''Accord d''entraide judiciaire en matière pénale", "evidence_span": [-1, -1]}, {"name": "protocole d''accord de coopération sur la transformation numérique et la construction du Centre national de données sur la population", "kind": "mou", "status": "proposed", "date": null, "parties": ["Vietnam", "Singapore"], "topics": ["digital transformation", "population database"], "evidence": "le protocole d''accord de coopération sur la transformation numérique et la construction du Centre national de données sur la population entre le ministère vietnamien de la Sécurité publique et l''Office du Premier ministre singapourien", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(2,'seeds/004_71031d16c6ae1aff.txt','1ae0edf00dad20cd2a969e72c4058f169a48bcad95fd182b03a263cd644d3166',NULL,NULL,NULL,'fr',NULL,'{"source": "seeds/004_71031d16c6ae1aff.txt", "language": "fr", "published": null, "meetings": [{"date": "--03-21", "place": "Hanoi", "participants": [{"name": "Le Quy Vuong", "aliases": [], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Meng Qingfeng", "aliases": ["Meng Qinfeng"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "China"}], "topics": ["crime prevention", "information exchange", "investigation", "extradition", "training", "border"], "evidence": "Le vice-ministre de la Sécurité publique Le Quy Vuong a eu le 21 mars à Hanoi un entretien avec son homologue chinois Meng Qingfeng pour évaluer la coopération entre leurs ministères et discuter des orientations futures.", "evidence_span": [-1, -1]}, {"date": "--03-21", "place": "Hanoi", "participants": [{"name": "Tran Dai Quang", "aliases": [], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "To Lam", "aliases": ["Tô Lâm"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Meng Qingfeng", "aliases": ["Meng Qinfeng"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "China"}], "topics": [], "evidence": "Le même jour, le ministre de la Sécurité publique, Tran Dai Quang, et son vice-ministre To Lam, ont reçu Meng Qinfeng.", "evidence_span": [-1, -1]}, {"date": "--10-22", "place": "Sofia", "participants": [{"name": "To Lam", "aliases": ["Tô Lâm"], "title": "secrétaire général du Parti", "organization": "Communist Party of Vietnam", "country": "Vietnam"}, {"name": "Rumen Radev", "aliases": [], "title": "président bulgare", "organization": null, "country": "Bulgaria"}], "topics": [], "evidence": "entamant une visite officielle de trois jours en Bulgarie à l''invitation du président bulgare, Rumen Radev.", "evidence_span": [-1, -1], "teaser": true}], "agreements": []}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(3,'dev/01_fr_singapour-cybercriminalite.txt','8fcb3719bbace61630236afdb8849b19baa2e3506c50633d2257e18a50fec7da',NULL,NULL,NULL,'fr','2024-09-12','{"source": "dev/01_fr_singapour-cybercriminalite.txt", "language": "fr", "published": "2024-09-12", "meetings": [{"date": "2024-09-12", "date_text": "le 12 septembre", "place": "Hanoi", "participants": [{"name": "Luong Tam Quang", "aliases": [], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Lim Boon Keat", "aliases": ["Lim Boon Kiat"], "title": "ministre d’État aux Affaires intérieures", "organization": "Ministry of Home Affairs", "country": "Singapore"}], "topics": ["cybercrime", "online fraud", "illegal gambling", "money laundering", "personal data protection", "information exchange", "fugitives", "training"], "evidence": "Le général Luong Tam Quang, membre du Bureau politique et ministre de la Sécurité publique, a reçu le 12 septembre à Hanoï le ministre d’État singapourien aux Affaires intérieures, Lim Boon Keat, en visite de travail au Vietnam.", "evidence_span": [-1, -1]}], "agreements": [{"name": "protocole d’accord sur la coopération dans la prévention et la lutte contre la cybercriminalité et le blanchiment d’argent", "kind": "mou", "status": "signed", "date": "2024-09-12", "parties": ["Vietnam", "Singapore"], "topics": ["cybercrime", "money laundering"], "evidence": "À l’issue de l’entretien, les deux ministres ont signé un protocole d’accord sur la coopération dans la prévention et la lutte contre la cybercriminalité et le blanchiment d’argent entre le ministère vietnamien de la Sécurité publique et le ministère singapourien des Affaires intérieures.", "evidence_span": [-1, -1]}, {"name": "accord-cadre sur l’échange d’informations relatives aux transactions financières suspectes", "kind": "agreement", "status": "proposed", "date": null, "parties": ["Vietnam", "Singapore"], "topics": ["money laundering", "information exchange"], "evidence": "Afin de compléter le cadre juridique de la coopération, le ministre Luong Tam Quang a proposé d’étudier la signature d’un accord-cadre sur l’échange d’informations relatives aux transactions financières suspectes entre les cellules de renseignement financier des deux pays.", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(4,'dev/02_fr_receptions-successives.txt','d0a07ce1ebce03622d83a41750cc2eb36231bf2c8ccf18c2d6bdcf6ca15b677f',NULL,NULL,NULL,'fr',NULL,'{"source": "dev/02_fr_receptions-successives.txt", "language": "fr", "published": null, "meetings": [{"date": "--07-04", "date_text": "jeudi 4 juillet", "place": "Hanoi", "participants": [{"name": "Nguyen Van Long", "aliases": ["Nguyên Van Long"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Delia Ortmann", "aliases": [], "title": "représentante régionale de l’ONUDC pour l’Asie du Sud-Est et le Pacifique", "organization": "UNODC", "country": null}], "topics": ["drug trafficking", "precursor chemicals", "container control", "training"], "evidence": "Recevant d’abord Mme Delia Ortmann, représentante régionale de l’Office des Nations unies contre la drogue et le crime (ONUDC) pour l’Asie du Sud-Est et le Pacifique, le vice-ministre a salué l’appui technique apporté par cette organisation aux forces vietnamiennes de lutte antidrogue, notamment pour le contrôle des conteneurs dans les ports maritimes.", "evidence_span": [-1, -1]}, {"date": "--07-04", "date_text": "jeudi 4 juillet", "place": "Hanoi", "participants": [{"name": "Nguyen Van Long", "aliases": ["Nguyên Van Long"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Ermek Sadykbayev", "aliases": ["Ermek Sadykbaev"], "title": "vice-ministre de l’Intérieur", "organization": "Ministry of Internal Affairs", "country": "Kazakhstan"}], "topics": ["drug trafficking", "information exchange"], "evidence": "Lors de sa rencontre avec le vice-ministre kazakh de l’Intérieur, Ermek Sadykbayev, le général Nguyen Van Long a proposé aux deux ministères de renforcer l’échange d’informations sur les itinéraires empruntés par les drogues de synthèse vers l’Asie centrale.", "evidence_span": [-1, -1]}, {"date": "--07-04", "date_text": "jeudi 4 juillet", "place": "Hanoi", "participants": [{"name": "Nguyen Van Long", "aliases": ["Nguyên Van Long"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Kang Min-ji", "aliases": [], "title": "attachée de police à l’ambassade de la République de Corée", "organization": "Korean National Police Agency", "country": "South Korea"}], "topics": ["drug trafficking"], "evidence": "Le vice-ministre a ensuite reçu la commissaire sud-coréenne Kang Min-ji, attachée de police à l’ambassade de la République de Corée au Vietnam.", "evidence_span": [-1, -1]}, {"date": "--07-04", "date_text": "jeudi 4 juillet", "place": "Hanoi", "participants": [{"name": "Nguyen Van Long", "aliases": ["Nguyên Van Long"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Pieter van den Berg", "aliases": [], "title": "officier de liaison pour l’Asie du Sud-Est", "organization": "Netherlands National Police", "country": "Netherlands"}], "topics": ["drug trafficking", "money laundering", "liaison officers"], "evidence": "Enfin, il s’est entretenu avec Pieter van den Berg, officier de liaison de la police nationale néerlandaise pour l’Asie du Sud-Est.", "evidence_span": [-1, -1]}], "agreements": [{"name": "accord intergouvernemental sur la coopération dans la lutte contre le trafic illicite de stupéfiants", "kind": "agreement", "status": "under_negotiation", "date": null, "parties": ["Vietnam", "Kazakhstan"], "topics": ["drug trafficking"], "evidence": "Les deux parties ont passé en revue l’accord intergouvernemental sur la coopération dans la lutte contre le trafic illicite de stupéfiants, actuellement en cours de négociation, et sont convenues d’accélérer les discussions afin qu’il puisse être signé au plus tôt.", "evidence_span": [-1, -1]}, {"name": "protocole d’accord sur la coopération dans la lutte contre la drogue", "kind": "mou", "status": "signed", "date": "2018-11", "parties": ["Vietnam", "South Korea"], "topics": ["drug trafficking"], "evidence": "Les deux responsables ont évalué la mise en œuvre du protocole d’accord sur la coopération dans la lutte contre la drogue signé en novembre 2018 entre le ministère vietnamien de la Sécurité publique et l’Agence nationale de police coréenne.", "evidence_span": [-1, -1]}, {"name": "protocole d’accord sur le détachement d’officiers de liaison", "kind": "mou", "status": "proposed", "date": null, "parties": ["Vietnam", "Netherlands"], "topics": ["liaison officers", "drug trafficking"], "evidence": "Le général Nguyen Van Long a proposé d’étudier la signature d’un protocole d’accord sur le détachement d’officiers de liaison entre les deux polices, une proposition que M. van den Berg a promis de transmettre à La Haye.", "evidence_span": [-1, -1]}, {"name": "Convention des Nations unies contre le trafic illicite de stupéfiants et de substances psychotropes de 1988", "kind": "convention", "status": "in_force", "date": "1988", "parties": ["United Nations"], "topics": ["drug trafficking"], "evidence": "Au cours de ces rencontres, le vice-ministre a rappelé que le Vietnam était partie aux trois conventions internationales sur le contrôle des drogues, dont la Convention des Nations unies contre le trafic illicite de stupéfiants et de substances psychotropes de 1988, et qu’il était déterminé à en appliquer pleinement les dispositions.", "evidence_span": [-1, -1], "mention_only": true}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(5,'dev/03_fr_seoul-visite-officielle.txt','ea7512856220d6fded26ab11d9d686cb83afb37ee5051f6ac73776e324239f8e',NULL,NULL,NULL,'fr','2023-05','{"source": "dev/03_fr_seoul-visite-officielle.txt", "language": "fr", "published": "2023-05", "meetings": [{"date": "2023-05-17", "date_text": "mercredi 17 mai", "place": "Seoul", "participants": [{"name": "Tô Lâm", "aliases": ["To Lam"], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Kim Jae-won", "aliases": [], "title": "ministre de l’Intérieur et de la Sécurité", "organization": "Ministry of the Interior and Safety", "country": "South Korea"}], "topics": ["transnational crime", "human trafficking", "illegal immigration", "training", "disaster management", "fire and rescue"], "evidence": "Dans le cadre de sa visite officielle en République de Corée, le ministre vietnamien de la Sécurité publique, le général Tô Lâm, s’est entretenu mercredi 17 mai à Séoul avec le ministre sud-coréen de l’Intérieur et de la Sécurité, Kim Jae-won.", "evidence_span": [-1, -1]}, {"date": "2023-05-16", "date_text": "La veille", "place": "Seoul", "participants": [{"name": "Tô Lâm", "aliases": ["To Lam"], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Park Sung-ho", "aliases": [], "title": "commissaire général de l’Agence nationale de police coréenne", "organization": "Korean National Police Agency", "country": "South Korea"}], "topics": ["extradition", "fugitives"], "evidence": "La veille, dès son arrivée à Séoul, le ministre Tô Lâm avait rencontré le commissaire général de l’Agence nationale de police coréenne, Park Sung-ho.", "evidence_span": [-1, -1]}, {"date": "2023-05-17", "date_text": "Dans l’après-midi du 17 mai", "place": "Seoul", "participants": [{"name": "Tô Lâm", "aliases": ["To Lam"], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Han Mi-sook", "aliases": [], "title": "ministre de la Justice", "organization": "Ministry of Justice", "country": "South Korea"}], "topics": ["asset recovery", "money laundering", "mutual legal assistance", "training"], "evidence": "Dans l’après-midi du 17 mai, le général Tô Lâm a eu une séance de travail avec la ministre sud-coréenne de la Justice, Mme Han Mi-sook.", "evidence_span": [-1, -1]}, {"date": "2023-05-19", "date_text": "vendredi 19 mai", "place": "Seoul", "participants": [{"name": "Tô Lâm", "aliases": ["To Lam"], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Han Duck-soo", "aliases": [], "title": "Premier ministre", "organization": "Government of South Korea", "country": "South Korea"}], "topics": [], "evidence": "Le ministre Tô Lâm doit être reçu vendredi 19 mai par le Premier ministre sud-coréen, Han Duck-soo, avant de conclure sa visite.", "evidence_span": [-1, -1], "planned": true}], "agreements": [{"name": "mémorandum d’entente sur la coopération dans la prévention et la lutte contre la criminalité transnationale", "kind": "mou", "status": "signed", "date": "2023-05-17", "parties": ["Vietnam", "South Korea"], "topics": ["transnational crime"], "evidence": "À l’issue des entretiens, les deux ministres ont signé un mémorandum d’entente sur la coopération dans la prévention et la lutte contre la criminalité transnationale entre le ministère vietnamien de la Sécurité publique et le ministère sud-coréen de l’Intérieur et de la Sécurité.", "evidence_span": [-1, -1]}, {"name": "protocole d’accord sur la coopération en matière de prévention des incendies et de sauvetage", "kind": "mou", "status": "to_be_signed", "date": null, "parties": ["Vietnam", "South Korea"], "topics": ["fire and rescue"], "evidence": "Ils ont également annoncé que leurs services s’apprêtent à signer un protocole d’accord sur la coopération en matière de prévention des incendies et de sauvetage, dont le texte a été finalisé.", "evidence_span": [-1, -1]}, {"name": "traité d’extradition", "kind": "treaty", "status": "in_force", "date": "2005", "parties": ["Vietnam", "South Korea"], "topics": ["extradition"], "evidence": "Les deux responsables ont rappelé que le traité d’extradition entre les deux pays, entré en vigueur en 2005, constituait une base solide pour la remise des fugitifs, et sont convenus d’accélérer le traitement des demandes en suspens.", "evidence_span": [-1, -1]}, {"name": "accord sur le recouvrement et le partage des avoirs d’origine criminelle", "kind": "agreement", "status": "proposed", "date": null, "parties": ["South Korea", "Vietnam"], "topics": ["asset recovery", "money laundering"], "evidence": "Celle-ci a proposé d’étudier la signature d’un accord sur le recouvrement et le partage des avoirs d’origine criminelle, une initiative que le ministre vietnamien a jugée opportune au regard de l’essor du blanchiment d’argent au moyen de cryptoactifs.", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(6,'dev/08_fr_laos-frontiere.txt','1fbbe705b80211623d60040705aa3881e6bd0652d7ba014d8fffe944fb9b56d1',NULL,NULL,NULL,'fr','2022-08-10','{"source": "dev/08_fr_laos-frontiere.txt", "language": "fr", "published": "2022-08-10", "meetings": [{"date": "2022-08-10", "date_text": "mercredi", "place": "Hanoi", "participants": [{"name": "Luong Tam Quang", "aliases": [], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Somvang Phetsavong", "aliases": ["Somvang Phetsavang"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Laos"}, {"name": "Bounmy Keomanivong", "aliases": [], "title": "directeur du Département de la police des frontières", "organization": "Ministry of Public Security", "country": "Laos"}], "topics": ["border management", "drug trafficking", "illegal immigration", "training", "joint patrols"], "evidence": "Le vice-ministre de la Sécurité publique, le général de corps d’armée Luong Tam Quang, a eu mercredi à Hanoï une séance de travail avec son homologue laotien, le lieutenant-général Somvang Phetsavong, vice-ministre de la Sécurité publique du Laos, à la tête d’une délégation en visite de travail au Vietnam du 8 au 12 août.", "evidence_span": [-1, -1]}, {"date": "2022-08-09", "date_text": "La veille", "place": "Hanoi", "participants": [{"name": "To Lam", "aliases": [], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Somvang Phetsavong", "aliases": ["Somvang Phetsavang"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Laos"}], "topics": ["border security", "information exchange"], "evidence": "La veille, le lieutenant-général Somvang Phetsavong et sa délégation avaient été reçus par le ministre de la Sécurité publique, le général To Lam.", "evidence_span": [-1, -1]}], "agreements": [{"name": "plan de coopération pour 2023", "kind": "plan", "status": "signed", "date": "2022-08-10", "parties": ["Vietnam", "Laos"], "topics": ["drug trafficking", "illegal immigration", "training", "border management"], "evidence": "À l’issue de la séance de travail, les deux vice-ministres ont signé le plan de coopération pour 2023 entre les deux ministères de la Sécurité publique, qui prévoit des opérations conjointes contre le trafic de drogue, la lutte contre l’immigration clandestine et la formation de 300 officiers laotiens.", "evidence_span": [-1, -1]}, {"name": "accord sur le règlement de gestion de la frontière et des postes-frontières terrestres", "kind": "agreement", "status": "in_force", "date": "2017", "parties": ["Vietnam", "Laos"], "topics": ["border management"], "evidence": "Les deux parties ont rappelé que l’accord sur le règlement de gestion de la frontière et des postes-frontières terrestres, entré en vigueur en 2017, constituait le fondement juridique de la gestion commune de la frontière.", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(7,'dev/09_fr_paris-la-haye.txt','151760cba132d59b2c67ed13204f3230f82e83ccfaef62210f0fd70130dfe0f8',NULL,NULL,NULL,'fr','2019-10','{"source": "dev/09_fr_paris-la-haye.txt", "language": "fr", "published": "2019-10", "meetings": [{"date": "2019-10-02", "date_text": "Mercredi 2 octobre", "place": "Paris", "participants": [{"name": "Ho Van Thanh", "aliases": ["Hồ Văn Thành"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Jean-Marc Delorme", "aliases": [], "title": "directeur de la coopération internationale de sécurité (DCIS)", "organization": "Ministry of the Interior", "country": "France"}], "topics": ["illegal immigration", "migrant smuggling", "readmission", "information exchange"], "evidence": "Mercredi 2 octobre à Paris, le général Ho Van Thanh a rencontré le directeur de la coopération internationale de sécurité (DCIS) du ministère français de l’Intérieur, l’inspecteur général Jean-Marc Delorme.", "evidence_span": [-1, -1]}, {"date": "2019-10-02", "date_text": "Le même jour", "place": "Paris", "participants": [{"name": "Ho Van Thanh", "aliases": ["Hồ Văn Thành"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Pascal Girard", "aliases": [], "title": "préfet, conseiller diplomatique du ministre de l’Intérieur", "organization": "Ministry of the Interior", "country": "France"}], "topics": ["training", "forensic science", "cybercrime"], "evidence": "Le même jour, le vice-ministre et sa délégation ont été reçus par le préfet Pascal Girard, conseiller diplomatique du ministre français de l’Intérieur, qui a assuré que la France continuerait de soutenir la formation des officiers vietnamiens, notamment dans les domaines de la police technique et scientifique et de la lutte contre la cybercriminalité.", "evidence_span": [-1, -1]}, {"date": "2019-10-03", "date_text": "Jeudi 3 octobre", "place": "The Hague", "participants": [{"name": "Ho Van Thanh", "aliases": ["Hồ Văn Thành"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Henk Verhoeven", "aliases": ["Henk Verhoven"], "title": "directeur exécutif adjoint d’Europol", "organization": "Europol", "country": null}], "topics": ["information exchange", "organised crime"], "evidence": "Jeudi 3 octobre, à La Haye, le général Hồ Văn Thành s’est entretenu avec le directeur exécutif adjoint d’Europol, Henk Verhoeven.", "evidence_span": [-1, -1]}, {"date": "2019-10-04", "date_text": "Le lendemain", "place": "The Hague", "participants": [{"name": "Ho Van Thanh", "aliases": ["Hồ Văn Thành"], "title": "vice-ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Joost Dekkers", "aliases": [], "title": "secrétaire d’État à la Justice et à la Sécurité", "organization": "Ministry of Justice and Security", "country": "Netherlands"}], "topics": ["drug trafficking", "money laundering", "human trafficking", "migrant smuggling"], "evidence": "Le lendemain, le vice-ministre a rencontré le secrétaire d’État néerlandais à la Justice et à la Sécurité, Joost Dekkers.", "evidence_span": [-1, -1]}], "agreements": [{"name": "accord intergouvernemental de coopération en matière de sécurité intérieure", "kind": "agreement", "status": "in_force", "date": "2014", "parties": ["Vietnam", "France"], "topics": ["internal security"], "evidence": "Les deux parties ont passé en revue la mise en œuvre de l’accord intergouvernemental de coopération en matière de sécurité intérieure, entré en vigueur en 2014, et salué le travail de l’attaché de sécurité intérieure français en poste à Hanoï.", "evidence_span": [-1, -1]}, {"name": "arrangement de travail stratégique entre le ministère vietnamien de la Sécurité publique et Europol", "kind": "agreement", "status": "under_negotiation", "date": null, "parties": ["Vietnam", "Europol"], "topics": ["information exchange"], "evidence": "Les deux responsables ont fait le point sur l’arrangement de travail stratégique entre le ministère vietnamien de la Sécurité publique et Europol, en cours de négociation depuis 2018, qui permettrait l’échange d’analyses sur les menaces criminelles communes.", "evidence_span": [-1, -1]}, {"name": "protocole d’accord sur la coopération dans la lutte contre la traite des êtres humains et le trafic de migrants", "kind": "mou", "status": "proposed", "date": null, "parties": ["Vietnam", "Netherlands"], "topics": ["human trafficking", "migrant smuggling"], "evidence": "Le général Ho Van Thanh a proposé aux deux parties d’étudier la signature d’un protocole d’accord sur la coopération dans la lutte contre la traite des êtres humains et le trafic de migrants entre le ministère vietnamien de la Sécurité publique et le ministère néerlandais de la Justice et de la Sécurité.", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(8,'dev/12_fr_chine-conference-ministerielle.txt','bf97fbf7481e025e41e54d91de69a38005bd57ed88ed1482e66752ed2f264af8',NULL,NULL,NULL,'fr','2025-03','{"source": "dev/12_fr_chine-conference-ministerielle.txt", "language": "fr", "published": "2025-03", "meetings": [{"date": "2025-03-12", "date_text": "le 12 mars", "place": "Beijing", "participants": [{"name": "Luong Tam Quang", "aliases": [], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Wang Xiaohong", "aliases": ["Wang Xiao Hong"], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "China"}], "topics": ["telecom fraud", "online gambling", "drug trafficking", "illegal immigration", "human trafficking", "extradition", "personal data protection", "training", "border management"], "evidence": "Le ministre vietnamien de la Sécurité publique, le général Luong Tam Quang, et le ministre chinois de la Sécurité publique, Wang Xiaohong, ont coprésidé le 12 mars à Pékin la 9e Conférence ministérielle sur la coopération dans la prévention et la lutte contre la criminalité.", "evidence_span": [-1, -1]}, {"date": "2025-03-11", "date_text": "La veille", "place": "Beijing", "participants": [{"name": "Luong Tam Quang", "aliases": [], "title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security", "country": "Vietnam"}, {"name": "Zhao Minghui", "aliases": [], "title": "vice-ministre de la Sécurité publique, chargé de la coopération internationale", "organization": "Ministry of Public Security", "country": "China"}], "topics": ["event security"], "evidence": "La veille, à son arrivée à Pékin, le général Luong Tam Quang avait eu une séance de travail avec le vice-ministre chinois de la Sécurité publique, Zhao Minghui, chargé de la coopération internationale.", "evidence_span": [-1, -1]}], "agreements": [{"name": "plan de coopération pour la période 2025-2027", "kind": "plan", "status": "signed", "date": "2025-03-12", "parties": ["Vietnam", "China"], "topics": ["crime prevention"], "evidence": "À l’issue de la conférence, les deux ministres ont signé le procès-verbal des travaux ainsi que le plan de coopération pour la période 2025-2027 entre les deux ministères.", "evidence_span": [-1, -1]}, {"name": "protocole d’accord sur la coopération dans la lutte contre la fraude dans les télécommunications et les jeux d’argent en ligne", "kind": "mou", "status": "signed", "date": "2025-03-12", "parties": ["Vietnam", "China"], "topics": ["telecom fraud", "online gambling"], "evidence": "Des représentants des deux parties ont également signé un protocole d’accord sur la coopération dans la lutte contre la fraude dans les télécommunications et les jeux d’argent en ligne.", "evidence_span": [-1, -1]}, {"name": "traité d’extradition", "kind": "treaty", "status": "in_force", "date": "2019", "parties": ["Vietnam", "China"], "topics": ["extradition"], "evidence": "De son côté, le général Luong Tam Quang a proposé que les deux parties mènent davantage d’opérations conjointes contre les réseaux d’immigration clandestine et de traite des êtres humains, et qu’elles accélèrent l’arrestation et la remise des fugitifs en application du traité d’extradition entre les deux pays, en vigueur depuis 2019.", "evidence_span": [-1, -1]}, {"name": "accord de coopération en matière de sécurité des données et de protection des informations personnelles", "kind": "agreement", "status": "proposed", "date": null, "parties": ["Vietnam", "China"], "topics": ["data security", "personal data protection"], "evidence": "Il a également proposé d’étudier la signature d’un accord de coopération en matière de sécurité des données et de protection des informations personnelles, domaine dans lequel les deux pays viennent de renforcer leur législation.", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
INSERT INTO "articles" VALUES(9,'tests/90_en_singapore-extradition.txt','e6a20fe812c1ffd72872daece60dff799b82ca4875aa5a0380889e90533c3ed9',NULL,NULL,NULL,'en','2025-06-10','{"source": "tests/90_en_singapore-extradition.txt", "language": "en", "published": "2025-06-10", "meetings": [{"date": "2025-06-10", "date_text": "on Tuesday", "place": "Singapore", "participants": [{"name": "le général Tô Lâm", "aliases": ["To Lam"], "title": "General Secretary of the Communist Party", "organization": "Communist Party of Vietnam", "country": "Vietnam"}, {"name": "Teo Chee Hean", "aliases": [], "title": "Senior Minister", "organization": null, "country": "Singapore"}], "topics": ["extradition"], "evidence": "General Secretary To Lam held talks with Senior Minister Teo Chee Hean in Singapore on Tuesday.", "evidence_span": [-1, -1]}], "agreements": [{"name": "Agreement on Extradition", "kind": "agreement", "status": "signed", "date": "2025-06-10", "parties": ["Singapore", "Vietnam"], "topics": ["extradition"], "evidence": "After the talks, the two sides signed the Agreement on Extradition.", "evidence_span": [-1, -1]}]}','2026-11-23T04:24:25+00:00');
CREATE TABLE countries (
    iso3 TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO "countries" VALUES('VNM','Vietnam');
INSERT INTO "countries" VALUES('SGP','Singapore');
INSERT INTO "countries" VALUES('CHN','China');
INSERT INTO "countries" VALUES('BGR','Bulgaria');
INSERT INTO "countries" VALUES('KAZ','Kazakhstan');
INSERT INTO "countries" VALUES('KOR','South Korea');
INSERT INTO "countries" VALUES('NLD','Netherlands');
INSERT INTO "countries" VALUES('LAO','Laos');
INSERT INTO "countries" VALUES('FRA','France');
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,             -- node id: meeting:<article digest>-<position>
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT,
    date_text TEXT,
    place TEXT,
    topics TEXT NOT NULL DEFAULT '[]',
    event_type TEXT,
    multilateral INTEGER NOT NULL DEFAULT 0,
    teaser INTEGER NOT NULL DEFAULT 0,
    planned INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER
);
INSERT INTO "meetings" VALUES('meeting:5a5f08dd0da7-1',1,1,'2023-11-16',NULL,'Hanoi','["crime prevention", "fire prevention", "rescue", "digital transformation", "population database", "cybersecurity", "high-tech crime", "extradition", "mutual legal assistance", "big data"]',NULL,0,0,0,'Le membre du Poliburo et ministre de la Séurité publique Tô Lâm s''est entretenu jeudi 16 novembre à Hanoi avec le ministre senior singapourien, ministre coordinateur chargé de la sécurité nationale Teo Chee Hean',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:672b7271244a-1',2,1,'--03-21',NULL,'Hanoi','["crime prevention", "information exchange", "investigation", "extradition", "training", "border"]',NULL,0,0,0,'Le vice-ministre de la Sécurité publique Le Quy Vuong a eu le 21 mars à Hanoi un entretien avec son homologue chinois Meng Qingfeng pour évaluer la coopération entre leurs ministères et discuter des orientations futures.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:672b7271244a-2',2,2,'--03-21',NULL,'Hanoi','[]',NULL,0,0,0,'Le même jour, le ministre de la Sécurité publique, Tran Dai Quang, et son vice-ministre To Lam, ont reçu Meng Qinfeng.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:672b7271244a-3',2,3,'--10-22',NULL,'Sofia','[]',NULL,0,1,0,'entamant une visite officielle de trois jours en Bulgarie à l''invitation du président bulgare, Rumen Radev.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:fd436113f0d0-1',3,1,'2024-09-12','le 12 septembre','Hanoi','["cybercrime", "online fraud", "illegal gambling", "money laundering", "personal data protection", "information exchange", "fugitives", "training"]',NULL,0,0,0,'Le général Luong Tam Quang, membre du Bureau politique et ministre de la Sécurité publique, a reçu le 12 septembre à Hanoï le ministre d’État singapourien aux Affaires intérieures, Lim Boon Keat, en visite de travail au Vietnam.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:a83f9c6c0fd7-1',4,1,'--07-04','jeudi 4 juillet','Hanoi','["drug trafficking", "precursor chemicals", "container control", "training"]',NULL,0,0,0,'Recevant d’abord Mme Delia Ortmann, représentante régionale de l’Office des Nations unies contre la drogue et le crime (ONUDC) pour l’Asie du Sud-Est et le Pacifique, le vice-ministre a salué l’appui technique apporté par cette organisation aux forces vietnamiennes de lutte antidrogue, notamment pour le contrôle des conteneurs dans les ports maritimes.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:a83f9c6c0fd7-2',4,2,'--07-04','jeudi 4 juillet','Hanoi','["drug trafficking", "information exchange"]',NULL,0,0,0,'Lors de sa rencontre avec le vice-ministre kazakh de l’Intérieur, Ermek Sadykbayev, le général Nguyen Van Long a proposé aux deux ministères de renforcer l’échange d’informations sur les itinéraires empruntés par les drogues de synthèse vers l’Asie centrale.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:a83f9c6c0fd7-3',4,3,'--07-04','jeudi 4 juillet','Hanoi','["drug trafficking"]',NULL,0,0,0,'Le vice-ministre a ensuite reçu la commissaire sud-coréenne Kang Min-ji, attachée de police à l’ambassade de la République de Corée au Vietnam.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:a83f9c6c0fd7-4',4,4,'--07-04','jeudi 4 juillet','Hanoi','["drug trafficking", "money laundering", "liaison officers"]',NULL,0,0,0,'Enfin, il s’est entretenu avec Pieter van den Berg, officier de liaison de la police nationale néerlandaise pour l’Asie du Sud-Est.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:0bd16344c555-1',5,1,'2023-05-17','mercredi 17 mai','Seoul','["transnational crime", "human trafficking", "illegal immigration", "training", "disaster management", "fire and rescue"]',NULL,0,0,0,'Dans le cadre de sa visite officielle en République de Corée, le ministre vietnamien de la Sécurité publique, le général Tô Lâm, s’est entretenu mercredi 17 mai à Séoul avec le ministre sud-coréen de l’Intérieur et de la Sécurité, Kim Jae-won.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:0bd16344c555-2',5,2,'2023-05-16','La veille','Seoul','["extradition", "fugitives"]',NULL,0,0,0,'La veille, dès son arrivée à Séoul, le ministre Tô Lâm avait rencontré le commissaire général de l’Agence nationale de police coréenne, Park Sung-ho.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:0bd16344c555-3',5,3,'2023-05-17','Dans l’après-midi du 17 mai','Seoul','["asset recovery", "money laundering", "mutual legal assistance", "training"]',NULL,0,0,0,'Dans l’après-midi du 17 mai, le général Tô Lâm a eu une séance de travail avec la ministre sud-coréenne de la Justice, Mme Han Mi-sook.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:0bd16344c555-4',5,4,'2023-05-19','vendredi 19 mai','Seoul','[]',NULL,0,0,1,'Le ministre Tô Lâm doit être reçu vendredi 19 mai par le Premier ministre sud-coréen, Han Duck-soo, avant de conclure sa visite.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:178d7b757c70-1',6,1,'2022-08-10','mercredi','Hanoi','["border management", "drug trafficking", "illegal immigration", "training", "joint patrols"]',NULL,0,0,0,'Le vice-ministre de la Sécurité publique, le général de corps d’armée Luong Tam Quang, a eu mercredi à Hanoï une séance de travail avec son homologue laotien, le lieutenant-général Somvang Phetsavong, vice-ministre de la Sécurité publique du Laos, à la tête d’une délégation en visite de travail au Vietnam du 8 au 12 août.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:178d7b757c70-2',6,2,'2022-08-09','La veille','Hanoi','["border security", "information exchange"]',NULL,0,0,0,'La veille, le lieutenant-général Somvang Phetsavong et sa délégation avaient été reçus par le ministre de la Sécurité publique, le général To Lam.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:6ce6811417fd-1',7,1,'2019-10-02','Mercredi 2 octobre','Paris','["illegal immigration", "migrant smuggling", "readmission", "information exchange"]',NULL,0,0,0,'Mercredi 2 octobre à Paris, le général Ho Van Thanh a rencontré le directeur de la coopération internationale de sécurité (DCIS) du ministère français de l’Intérieur, l’inspecteur général Jean-Marc Delorme.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:6ce6811417fd-2',7,2,'2019-10-02','Le même jour','Paris','["training", "forensic science", "cybercrime"]',NULL,0,0,0,'Le même jour, le vice-ministre et sa délégation ont été reçus par le préfet Pascal Girard, conseiller diplomatique du ministre français de l’Intérieur, qui a assuré que la France continuerait de soutenir la formation des officiers vietnamiens, notamment dans les domaines de la police technique et scientifique et de la lutte contre la cybercriminalité.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:6ce6811417fd-3',7,3,'2019-10-03','Jeudi 3 octobre','The Hague','["information exchange", "organised crime"]',NULL,0,0,0,'Jeudi 3 octobre, à La Haye, le général Hồ Văn Thành s’est entretenu avec le directeur exécutif adjoint d’Europol, Henk Verhoeven.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:6ce6811417fd-4',7,4,'2019-10-04','Le lendemain','The Hague','["drug trafficking", "money laundering", "human trafficking", "migrant smuggling"]',NULL,0,0,0,'Le lendemain, le vice-ministre a rencontré le secrétaire d’État néerlandais à la Justice et à la Sécurité, Joost Dekkers.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:7ed5f04f4bd2-1',8,1,'2025-03-12','le 12 mars','Beijing','["telecom fraud", "online gambling", "drug trafficking", "illegal immigration", "human trafficking", "extradition", "personal data protection", "training", "border management"]',NULL,0,0,0,'Le ministre vietnamien de la Sécurité publique, le général Luong Tam Quang, et le ministre chinois de la Sécurité publique, Wang Xiaohong, ont coprésidé le 12 mars à Pékin la 9e Conférence ministérielle sur la coopération dans la prévention et la lutte contre la criminalité.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:7ed5f04f4bd2-2',8,2,'2025-03-11','La veille','Beijing','["event security"]',NULL,0,0,0,'La veille, à son arrivée à Pékin, le général Luong Tam Quang avait eu une séance de travail avec le vice-ministre chinois de la Sécurité publique, Zhao Minghui, chargé de la coopération internationale.',NULL,NULL);
INSERT INTO "meetings" VALUES('meeting:86bde07f74d2-1',9,1,'2025-06-10','on Tuesday','Singapore','["extradition"]',NULL,0,0,0,'General Secretary To Lam held talks with Senior Minister Teo Chee Hean in Singapore on Tuesday.',NULL,NULL);
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,             -- node id: org:<slug> or org:<iso3>:<slug>
    name TEXT NOT NULL,
    country TEXT REFERENCES countries(iso3)
);
INSERT INTO "organizations" VALUES('org:vnm:ministry-of-public-security','Ministry of Public Security','VNM');
INSERT INTO "organizations" VALUES('org:chn:ministry-of-public-security','Ministry of Public Security','CHN');
INSERT INTO "organizations" VALUES('org:vnm:communist-party-of-vietnam','Communist Party of Vietnam','VNM');
INSERT INTO "organizations" VALUES('org:sgp:ministry-of-home-affairs','Ministry of Home Affairs','SGP');
INSERT INTO "organizations" VALUES('org:unodc','UNODC',NULL);
INSERT INTO "organizations" VALUES('org:kaz:ministry-of-internal-affairs','Ministry of Internal Affairs','KAZ');
INSERT INTO "organizations" VALUES('org:kor:korean-national-police-agency','Korean National Police Agency','KOR');
INSERT INTO "organizations" VALUES('org:nld:netherlands-national-police','Netherlands National Police','NLD');
INSERT INTO "organizations" VALUES('org:united-nations','United Nations',NULL);
INSERT INTO "organizations" VALUES('org:kor:ministry-of-the-interior-and-safety','Ministry of the Interior and Safety','KOR');
INSERT INTO "organizations" VALUES('org:kor:ministry-of-justice','Ministry of Justice','KOR');
INSERT INTO "organizations" VALUES('org:kor:government-of-south-korea','Government of South Korea','KOR');
INSERT INTO "organizations" VALUES('org:lao:ministry-of-public-security','Ministry of Public Security','LAO');
INSERT INTO "organizations" VALUES('org:fra:ministry-of-the-interior','Ministry of the Interior','FRA');
INSERT INTO "organizations" VALUES('org:europol','Europol',NULL);
INSERT INTO "organizations" VALUES('org:nld:ministry-of-justice-and-security','Ministry of Justice and Security','NLD');
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    args TEXT NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO "overrides" VALUES(1,'hide','{"node": {"id": "country:FRA"}}','2026-11-23T04:24:25+00:00');
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,              -- as the extractor wrote it
    aliases TEXT NOT NULL DEFAULT '[]',
    title TEXT,
    organization_id TEXT REFERENCES organizations(id),
    country TEXT REFERENCES countries(iso3),
    country_text TEXT                -- the country as written, kept when it names no ISO country
);
INSERT INTO "participants" VALUES(1,'meeting:5a5f08dd0da7-1',0,'person:to-lam','Tô Lâm','["To Lam"]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(2,'meeting:5a5f08dd0da7-1',1,'person:teo-chee-hean','Teo Chee Hean','[]','ministre senior, ministre coordinateur chargé de la sécurité nationale',NULL,'SGP','Singapore');
INSERT INTO "participants" VALUES(3,'meeting:672b7271244a-1',0,'person:le-quy-vuong','Le Quy Vuong','[]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(4,'meeting:672b7271244a-1',1,'person:meng-qingfeng','Meng Qingfeng','["Meng Qinfeng"]','vice-ministre de la Sécurité publique','org:chn:ministry-of-public-security','CHN','China');
INSERT INTO "participants" VALUES(5,'meeting:672b7271244a-2',0,'person:tran-dai-quang','Tran Dai Quang','[]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(6,'meeting:672b7271244a-2',1,'person:to-lam','To Lam','["Tô Lâm"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(7,'meeting:672b7271244a-2',2,'person:meng-qingfeng','Meng Qingfeng','["Meng Qinfeng"]','vice-ministre de la Sécurité publique','org:chn:ministry-of-public-security','CHN','China');
INSERT INTO "participants" VALUES(8,'meeting:672b7271244a-3',0,'person:to-lam','To Lam','["Tô Lâm"]','secrétaire général du Parti','org:vnm:communist-party-of-vietnam','VNM','Vietnam');
INSERT INTO "participants" VALUES(9,'meeting:672b7271244a-3',1,'person:rumen-radev','Rumen Radev','[]','président bulgare',NULL,'BGR','Bulgaria');
INSERT INTO "participants" VALUES(10,'meeting:fd436113f0d0-1',0,'person:luong-tam-quang','Luong Tam Quang','[]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(11,'meeting:fd436113f0d0-1',1,'person:lim-boon-keat','Lim Boon Keat','["Lim Boon Kiat"]','ministre d’État aux Affaires intérieures','org:sgp:ministry-of-home-affairs','SGP','Singapore');
INSERT INTO "participants" VALUES(12,'meeting:a83f9c6c0fd7-1',0,'person:nguyen-van-long','Nguyen Van Long','["Nguyên Van Long"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(13,'meeting:a83f9c6c0fd7-1',1,'person:delia-ortmann','Delia Ortmann','[]','représentante régionale de l’ONUDC pour l’Asie du Sud-Est et le Pacifique','org:unodc',NULL,NULL);
INSERT INTO "participants" VALUES(14,'meeting:a83f9c6c0fd7-2',0,'person:nguyen-van-long','Nguyen Van Long','["Nguyên Van Long"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(15,'meeting:a83f9c6c0fd7-2',1,'person:ermek-sadykbayev','Ermek Sadykbayev','["Ermek Sadykbaev"]','vice-ministre de l’Intérieur','org:kaz:ministry-of-internal-affairs','KAZ','Kazakhstan');
INSERT INTO "participants" VALUES(16,'meeting:a83f9c6c0fd7-3',0,'person:nguyen-van-long','Nguyen Van Long','["Nguyên Van Long"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(17,'meeting:a83f9c6c0fd7-3',1,'person:kang-min-ji','Kang Min-ji','[]','attachée de police à l’ambassade de la République de Corée','org:kor:korean-national-police-agency','KOR','South Korea');
INSERT INTO "participants" VALUES(18,'meeting:a83f9c6c0fd7-4',0,'person:nguyen-van-long','Nguyen Van Long','["Nguyên Van Long"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(19,'meeting:a83f9c6c0fd7-4',1,'person:pieter-van-den-berg','Pieter van den Berg','[]','officier de liaison pour l’Asie du Sud-Est','org:nld:netherlands-national-police','NLD','Netherlands');
INSERT INTO "participants" VALUES(20,'meeting:0bd16344c555-1',0,'person:to-lam','Tô Lâm','["To Lam"]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(21,'meeting:0bd16344c555-1',1,'person:kim-jae-won','Kim Jae-won','[]','ministre de l’Intérieur et de la Sécurité','org:kor:ministry-of-the-interior-and-safety','KOR','South Korea');
INSERT INTO "participants" VALUES(22,'meeting:0bd16344c555-2',0,'person:to-lam','Tô Lâm','["To Lam"]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(23,'meeting:0bd16344c555-2',1,'person:park-sung-ho','Park Sung-ho','[]','commissaire général de l’Agence nationale de police coréenne','org:kor:korean-national-police-agency','KOR','South Korea');
INSERT INTO "participants" VALUES(24,'meeting:0bd16344c555-3',0,'person:to-lam','Tô Lâm','["To Lam"]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(25,'meeting:0bd16344c555-3',1,'person:han-mi-sook','Han Mi-sook','[]','ministre de la Justice','org:kor:ministry-of-justice','KOR','South Korea');
INSERT INTO "participants" VALUES(26,'meeting:0bd16344c555-4',0,'person:to-lam','Tô Lâm','["To Lam"]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(27,'meeting:0bd16344c555-4',1,'person:han-duck-soo','Han Duck-soo','[]','Premier ministre','org:kor:government-of-south-korea','KOR','South Korea');
INSERT INTO "participants" VALUES(28,'meeting:178d7b757c70-1',0,'person:luong-tam-quang','Luong Tam Quang','[]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(29,'meeting:178d7b757c70-1',1,'person:somvang-phetsavong','Somvang Phetsavong','["Somvang Phetsavang"]','vice-ministre de la Sécurité publique','org:lao:ministry-of-public-security','LAO','Laos');
INSERT INTO "participants" VALUES(30,'meeting:178d7b757c70-1',2,'person:bounmy-keomanivong','Bounmy Keomanivong','[]','directeur du Département de la police des frontières','org:lao:ministry-of-public-security','LAO','Laos');
INSERT INTO "participants" VALUES(31,'meeting:178d7b757c70-2',0,'person:to-lam','To Lam','[]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(32,'meeting:178d7b757c70-2',1,'person:somvang-phetsavong','Somvang Phetsavong','["Somvang Phetsavang"]','vice-ministre de la Sécurité publique','org:lao:ministry-of-public-security','LAO','Laos');
INSERT INTO "participants" VALUES(33,'meeting:6ce6811417fd-1',0,'person:ho-van-thanh','Ho Van Thanh','["Hồ Văn Thành"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(34,'meeting:6ce6811417fd-1',1,'person:jean-marc-delorme','Jean-Marc Delorme','[]','directeur de la coopération internationale de sécurité (DCIS)','org:fra:ministry-of-the-interior','FRA','France');
INSERT INTO "participants" VALUES(35,'meeting:6ce6811417fd-2',0,'person:ho-van-thanh','Ho Van Thanh','["Hồ Văn Thành"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(36,'meeting:6ce6811417fd-2',1,'person:pascal-girard','Pascal Girard','[]','préfet, conseiller diplomatique du ministre de l’Intérieur','org:fra:ministry-of-the-interior','FRA','France');
INSERT INTO "participants" VALUES(37,'meeting:6ce6811417fd-3',0,'person:ho-van-thanh','Ho Van Thanh','["Hồ Văn Thành"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(38,'meeting:6ce6811417fd-3',1,'person:henk-verhoeven','Henk Verhoeven','["Henk Verhoven"]','directeur exécutif adjoint d’Europol','org:europol',NULL,NULL);
INSERT INTO "participants" VALUES(39,'meeting:6ce6811417fd-4',0,'person:ho-van-thanh','Ho Van Thanh','["Hồ Văn Thành"]','vice-ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(40,'meeting:6ce6811417fd-4',1,'person:joost-dekkers','Joost Dekkers','[]','secrétaire d’État à la Justice et à la Sécurité','org:nld:ministry-of-justice-and-security','NLD','Netherlands');
INSERT INTO "participants" VALUES(41,'meeting:7ed5f04f4bd2-1',0,'person:luong-tam-quang','Luong Tam Quang','[]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(42,'meeting:7ed5f04f4bd2-1',1,'person:wang-xiaohong','Wang Xiaohong','["Wang Xiao Hong"]','ministre de la Sécurité publique','org:chn:ministry-of-public-security','CHN','China');
INSERT INTO "participants" VALUES(43,'meeting:7ed5f04f4bd2-2',0,'person:luong-tam-quang','Luong Tam Quang','[]','ministre de la Sécurité publique','org:vnm:ministry-of-public-security','VNM','Vietnam');
INSERT INTO "participants" VALUES(44,'meeting:7ed5f04f4bd2-2',1,'person:zhao-minghui','Zhao Minghui','[]','vice-ministre de la Sécurité publique, chargé de la coopération internationale','org:chn:ministry-of-public-security','CHN','China');
INSERT INTO "participants" VALUES(45,'meeting:86bde07f74d2-1',0,'person:to-lam','le général Tô Lâm','["To Lam"]','General Secretary of the Communist Party','org:vnm:communist-party-of-vietnam','VNM','Vietnam');
INSERT INTO "participants" VALUES(46,'meeting:86bde07f74d2-1',1,'person:teo-chee-hean','Teo Chee Hean','[]','Senior Minister',NULL,'SGP','Singapore');
CREATE TABLE people (
    id TEXT PRIMARY KEY,             -- node id: person:<slug>, kept while a participant points to it
    country TEXT REFERENCES countries(iso3)
);
INSERT INTO "people" VALUES('person:to-lam','VNM');
INSERT INTO "people" VALUES('person:teo-chee-hean','SGP');
INSERT INTO "people" VALUES('person:le-quy-vuong','VNM');
INSERT INTO "people" VALUES('person:meng-qingfeng','CHN');
INSERT INTO "people" VALUES('person:tran-dai-quang','VNM');
INSERT INTO "people" VALUES('person:rumen-radev','BGR');
INSERT INTO "people" VALUES('person:luong-tam-quang','VNM');
INSERT INTO "people" VALUES('person:lim-boon-keat','SGP');
INSERT INTO "people" VALUES('person:nguyen-van-long','VNM');
INSERT INTO "people" VALUES('person:delia-ortmann',NULL);
INSERT INTO "people" VALUES('person:ermek-sadykbayev','KAZ');
INSERT INTO "people" VALUES('person:kang-min-ji','KOR');
INSERT INTO "people" VALUES('person:pieter-van-den-berg','NLD');
INSERT INTO "people" VALUES('person:kim-jae-won','KOR');
INSERT INTO "people" VALUES('person:park-sung-ho','KOR');
INSERT INTO "people" VALUES('person:han-mi-sook','KOR');
INSERT INTO "people" VALUES('person:han-duck-soo','KOR');
INSERT INTO "people" VALUES('person:somvang-phetsavong','LAO');
INSERT INTO "people" VALUES('person:bounmy-keomanivong','LAO');
INSERT INTO "people" VALUES('person:ho-van-thanh','VNM');
INSERT INTO "people" VALUES('person:jean-marc-delorme','FRA');
INSERT INTO "people" VALUES('person:pascal-girard','FRA');
INSERT INTO "people" VALUES('person:henk-verhoeven',NULL);
INSERT INTO "people" VALUES('person:joost-dekkers','NLD');
INSERT INTO "people" VALUES('person:wang-xiaohong','CHN');
INSERT INTO "people" VALUES('person:zhao-minghui','CHN');
CREATE TABLE person_keys (
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    key TEXT NOT NULL
);
INSERT INTO "person_keys" VALUES(1,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(1,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(1,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(2,'person:teo-chee-hean','chee');
INSERT INTO "person_keys" VALUES(2,'person:teo-chee-hean','hean');
INSERT INTO "person_keys" VALUES(2,'person:teo-chee-hean','teo');
INSERT INTO "person_keys" VALUES(2,'person:teo-chee-hean','teocheehean');
INSERT INTO "person_keys" VALUES(3,'person:le-quy-vuong','le');
INSERT INTO "person_keys" VALUES(3,'person:le-quy-vuong','lequyvuong');
INSERT INTO "person_keys" VALUES(3,'person:le-quy-vuong','quy');
INSERT INTO "person_keys" VALUES(3,'person:le-quy-vuong','vuong');
INSERT INTO "person_keys" VALUES(4,'person:meng-qingfeng','meng');
INSERT INTO "person_keys" VALUES(4,'person:meng-qingfeng','mengqinfeng');
INSERT INTO "person_keys" VALUES(4,'person:meng-qingfeng','mengqingfeng');
INSERT INTO "person_keys" VALUES(4,'person:meng-qingfeng','qinfeng');
INSERT INTO "person_keys" VALUES(4,'person:meng-qingfeng','qingfeng');
INSERT INTO "person_keys" VALUES(5,'person:tran-dai-quang','dai');
INSERT INTO "person_keys" VALUES(5,'person:tran-dai-quang','quang');
INSERT INTO "person_keys" VALUES(5,'person:tran-dai-quang','tran');
INSERT INTO "person_keys" VALUES(5,'person:tran-dai-quang','trandaiquang');
INSERT INTO "person_keys" VALUES(6,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(6,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(6,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(7,'person:meng-qingfeng','meng');
INSERT INTO "person_keys" VALUES(7,'person:meng-qingfeng','mengqinfeng');
INSERT INTO "person_keys" VALUES(7,'person:meng-qingfeng','mengqingfeng');
INSERT INTO "person_keys" VALUES(7,'person:meng-qingfeng','qinfeng');
INSERT INTO "person_keys" VALUES(7,'person:meng-qingfeng','qingfeng');
INSERT INTO "person_keys" VALUES(8,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(8,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(8,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(9,'person:rumen-radev','radev');
INSERT INTO "person_keys" VALUES(9,'person:rumen-radev','rumen');
INSERT INTO "person_keys" VALUES(9,'person:rumen-radev','rumenradev');
INSERT INTO "person_keys" VALUES(10,'person:luong-tam-quang','luong');
INSERT INTO "person_keys" VALUES(10,'person:luong-tam-quang','luongtamquang');
INSERT INTO "person_keys" VALUES(10,'person:luong-tam-quang','quang');
INSERT INTO "person_keys" VALUES(10,'person:luong-tam-quang','tam');
INSERT INTO "person_keys" VALUES(11,'person:lim-boon-keat','boon');
INSERT INTO "person_keys" VALUES(11,'person:lim-boon-keat','keat');
INSERT INTO "person_keys" VALUES(11,'person:lim-boon-keat','kiat');
INSERT INTO "person_keys" VALUES(11,'person:lim-boon-keat','lim');
INSERT INTO "person_keys" VALUES(11,'person:lim-boon-keat','limboonkeat');
INSERT INTO "person_keys" VALUES(11,'person:lim-boon-keat','limboonkiat');
INSERT INTO "person_keys" VALUES(12,'person:nguyen-van-long','long');
INSERT INTO "person_keys" VALUES(12,'person:nguyen-van-long','nguyen');
INSERT INTO "person_keys" VALUES(12,'person:nguyen-van-long','nguyenvanlong');
INSERT INTO "person_keys" VALUES(12,'person:nguyen-van-long','van');
INSERT INTO "person_keys" VALUES(13,'person:delia-ortmann','delia');
INSERT INTO "person_keys" VALUES(13,'person:delia-ortmann','deliaortmann');
INSERT INTO "person_keys" VALUES(13,'person:delia-ortmann','ortmann');
INSERT INTO "person_keys" VALUES(14,'person:nguyen-van-long','long');
INSERT INTO "person_keys" VALUES(14,'person:nguyen-van-long','nguyen');
INSERT INTO "person_keys" VALUES(14,'person:nguyen-van-long','nguyenvanlong');
INSERT INTO "person_keys" VALUES(14,'person:nguyen-van-long','van');
INSERT INTO "person_keys" VALUES(15,'person:ermek-sadykbayev','ermek');
INSERT INTO "person_keys" VALUES(15,'person:ermek-sadykbayev','ermeksadykbaev');
INSERT INTO "person_keys" VALUES(15,'person:ermek-sadykbayev','ermeksadykbayev');
INSERT INTO "person_keys" VALUES(15,'person:ermek-sadykbayev','sadykbaev');
INSERT INTO "person_keys" VALUES(15,'person:ermek-sadykbayev','sadykbayev');
INSERT INTO "person_keys" VALUES(16,'person:nguyen-van-long','long');
INSERT INTO "person_keys" VALUES(16,'person:nguyen-van-long','nguyen');
INSERT INTO "person_keys" VALUES(16,'person:nguyen-van-long','nguyenvanlong');
INSERT INTO "person_keys" VALUES(16,'person:nguyen-van-long','van');
INSERT INTO "person_keys" VALUES(17,'person:kang-min-ji','ji');
INSERT INTO "person_keys" VALUES(17,'person:kang-min-ji','kang');
INSERT INTO "person_keys" VALUES(17,'person:kang-min-ji','kangminji');
INSERT INTO "person_keys" VALUES(17,'person:kang-min-ji','min');
INSERT INTO "person_keys" VALUES(18,'person:nguyen-van-long','long');
INSERT INTO "person_keys" VALUES(18,'person:nguyen-van-long','nguyen');
INSERT INTO "person_keys" VALUES(18,'person:nguyen-van-long','nguyenvanlong');
INSERT INTO "person_keys" VALUES(18,'person:nguyen-van-long','van');
INSERT INTO "person_keys" VALUES(19,'person:pieter-van-den-berg','berg');
INSERT INTO "person_keys" VALUES(19,'person:pieter-van-den-berg','den');
INSERT INTO "person_keys" VALUES(19,'person:pieter-van-den-berg','pieter');
INSERT INTO "person_keys" VALUES(19,'person:pieter-van-den-berg','pietervandenberg');
INSERT INTO "person_keys" VALUES(19,'person:pieter-van-den-berg','van');
INSERT INTO "person_keys" VALUES(20,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(20,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(20,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(21,'person:kim-jae-won','jae');
INSERT INTO "person_keys" VALUES(21,'person:kim-jae-won','kim');
INSERT INTO "person_keys" VALUES(21,'person:kim-jae-won','kimjaewon');
INSERT INTO "person_keys" VALUES(21,'person:kim-jae-won','won');
INSERT INTO "person_keys" VALUES(22,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(22,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(22,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(23,'person:park-sung-ho','ho');
INSERT INTO "person_keys" VALUES(23,'person:park-sung-ho','park');
INSERT INTO "person_keys" VALUES(23,'person:park-sung-ho','parksungho');
INSERT INTO "person_keys" VALUES(23,'person:park-sung-ho','sung');
INSERT INTO "person_keys" VALUES(24,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(24,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(24,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(25,'person:han-mi-sook','han');
INSERT INTO "person_keys" VALUES(25,'person:han-mi-sook','hanmisook');
INSERT INTO "person_keys" VALUES(25,'person:han-mi-sook','mi');
INSERT INTO "person_keys" VALUES(25,'person:han-mi-sook','sook');
INSERT INTO "person_keys" VALUES(26,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(26,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(26,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(27,'person:han-duck-soo','duck');
INSERT INTO "person_keys" VALUES(27,'person:han-duck-soo','han');
INSERT INTO "person_keys" VALUES(27,'person:han-duck-soo','handucksoo');
INSERT INTO "person_keys" VALUES(27,'person:han-duck-soo','soo');
INSERT INTO "person_keys" VALUES(28,'person:luong-tam-quang','luong');
INSERT INTO "person_keys" VALUES(28,'person:luong-tam-quang','luongtamquang');
INSERT INTO "person_keys" VALUES(28,'person:luong-tam-quang','quang');
INSERT INTO "person_keys" VALUES(28,'person:luong-tam-quang','tam');
INSERT INTO "person_keys" VALUES(29,'person:somvang-phetsavong','phetsavang');
INSERT INTO "person_keys" VALUES(29,'person:somvang-phetsavong','phetsavong');
INSERT INTO "person_keys" VALUES(29,'person:somvang-phetsavong','somvang');
INSERT INTO "person_keys" VALUES(29,'person:somvang-phetsavong','somvangphetsavang');
INSERT INTO "person_keys" VALUES(29,'person:somvang-phetsavong','somvangphetsavong');
INSERT INTO "person_keys" VALUES(30,'person:bounmy-keomanivong','bounmy');
INSERT INTO "person_keys" VALUES(30,'person:bounmy-keomanivong','bounmykeomanivong');
INSERT INTO "person_keys" VALUES(30,'person:bounmy-keomanivong','keomanivong');
INSERT INTO "person_keys" VALUES(31,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(31,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(31,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(32,'person:somvang-phetsavong','phetsavang');
INSERT INTO "person_keys" VALUES(32,'person:somvang-phetsavong','phetsavong');
INSERT INTO "person_keys" VALUES(32,'person:somvang-phetsavong','somvang');
INSERT INTO "person_keys" VALUES(32,'person:somvang-phetsavong','somvangphetsavang');
INSERT INTO "person_keys" VALUES(32,'person:somvang-phetsavong','somvangphetsavong');
INSERT INTO "person_keys" VALUES(33,'person:ho-van-thanh','ho');
INSERT INTO "person_keys" VALUES(33,'person:ho-van-thanh','hovanthanh');
INSERT INTO "person_keys" VALUES(33,'person:ho-van-thanh','thanh');
INSERT INTO "person_keys" VALUES(33,'person:ho-van-thanh','van');
INSERT INTO "person_keys" VALUES(34,'person:jean-marc-delorme','delorme');
INSERT INTO "person_keys" VALUES(34,'person:jean-marc-delorme','jean');
INSERT INTO "person_keys" VALUES(34,'person:jean-marc-delorme','jeanmarcdelorme');
INSERT INTO "person_keys" VALUES(34,'person:jean-marc-delorme','marc');
INSERT INTO "person_keys" VALUES(35,'person:ho-van-thanh','ho');
INSERT INTO "person_keys" VALUES(35,'person:ho-van-thanh','hovanthanh');
INSERT INTO "person_keys" VALUES(35,'person:ho-van-thanh','thanh');
INSERT INTO "person_keys" VALUES(35,'person:ho-van-thanh','van');
INSERT INTO "person_keys" VALUES(36,'person:pascal-girard','girard');
INSERT INTO "person_keys" VALUES(36,'person:pascal-girard','pascal');
INSERT INTO "person_keys" VALUES(36,'person:pascal-girard','pascalgirard');
INSERT INTO "person_keys" VALUES(37,'person:ho-van-thanh','ho');
INSERT INTO "person_keys" VALUES(37,'person:ho-van-thanh','hovanthanh');
INSERT INTO "person_keys" VALUES(37,'person:ho-van-thanh','thanh');
INSERT INTO "person_keys" VALUES(37,'person:ho-van-thanh','van');
INSERT INTO "person_keys" VALUES(38,'person:henk-verhoeven','henk');
INSERT INTO "person_keys" VALUES(38,'person:henk-verhoeven','henkverhoeven');
INSERT INTO "person_keys" VALUES(38,'person:henk-verhoeven','henkverhoven');
INSERT INTO "person_keys" VALUES(38,'person:henk-verhoeven','verhoeven');
INSERT INTO "person_keys" VALUES(38,'person:henk-verhoeven','verhoven');
INSERT INTO "person_keys" VALUES(39,'person:ho-van-thanh','ho');
INSERT INTO "person_keys" VALUES(39,'person:ho-van-thanh','hovanthanh');
INSERT INTO "person_keys" VALUES(39,'person:ho-van-thanh','thanh');
INSERT INTO "person_keys" VALUES(39,'person:ho-van-thanh','van');
INSERT INTO "person_keys" VALUES(40,'person:joost-dekkers','dekkers');
INSERT INTO "person_keys" VALUES(40,'person:joost-dekkers','joost');
INSERT INTO "person_keys" VALUES(40,'person:joost-dekkers','joostdekkers');
INSERT INTO "person_keys" VALUES(41,'person:luong-tam-quang','luong');
INSERT INTO "person_keys" VALUES(41,'person:luong-tam-quang','luongtamquang');
INSERT INTO "person_keys" VALUES(41,'person:luong-tam-quang','quang');
INSERT INTO "person_keys" VALUES(41,'person:luong-tam-quang','tam');
INSERT INTO "person_keys" VALUES(42,'person:wang-xiaohong','hong');
INSERT INTO "person_keys" VALUES(42,'person:wang-xiaohong','wang');
INSERT INTO "person_keys" VALUES(42,'person:wang-xiaohong','wangxiaohong');
INSERT INTO "person_keys" VALUES(42,'person:wang-xiaohong','xiao');
INSERT INTO "person_keys" VALUES(42,'person:wang-xiaohong','xiaohong');
INSERT INTO "person_keys" VALUES(43,'person:luong-tam-quang','luong');
INSERT INTO "person_keys" VALUES(43,'person:luong-tam-quang','luongtamquang');
INSERT INTO "person_keys" VALUES(43,'person:luong-tam-quang','quang');
INSERT INTO "person_keys" VALUES(43,'person:luong-tam-quang','tam');
INSERT INTO "person_keys" VALUES(44,'person:zhao-minghui','minghui');
INSERT INTO "person_keys" VALUES(44,'person:zhao-minghui','zhao');
INSERT INTO "person_keys" VALUES(44,'person:zhao-minghui','zhaominghui');
INSERT INTO "person_keys" VALUES(45,'person:to-lam','lam');
INSERT INTO "person_keys" VALUES(45,'person:to-lam','to');
INSERT INTO "person_keys" VALUES(45,'person:to-lam','tolam');
INSERT INTO "person_keys" VALUES(46,'person:teo-chee-hean','chee');
INSERT INTO "person_keys" VALUES(46,'person:teo-chee-hean','hean');
INSERT INTO "person_keys" VALUES(46,'person:teo-chee-hean','teo');
INSERT INTO "person_keys" VALUES(46,'person:teo-chee-hean','teocheehean');
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO "schema_version" VALUES(1);
CREATE INDEX meetings_article ON meetings(article_id);
CREATE INDEX participants_meeting ON participants(meeting_id);
CREATE INDEX participants_person ON participants(person_id);
CREATE INDEX person_keys_key ON person_keys(key);
CREATE INDEX agreements_identity ON agreements(kind, parties_key);
CREATE INDEX agreement_mentions_agreement ON agreement_mentions(agreement_id);
COMMIT;
