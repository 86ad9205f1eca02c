"""Every held-out set (tests/heldout, heldout2, heldout3 ...): gold for every article that loads, no
article shared with another set, and the extractors never fall below the set's baseline.

The sets were written without looking at the rules (see each set's README); report their figures apart from the
dev corpus, and never tune a rule to one of their sentences. What each set must cover is checked in its own file.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

import pytest

from koreadiplo.evaluate import check_baseline, evaluate, load_gold

TESTS = Path(__file__).resolve().parent
HELDOUT = sorted((p for p in TESTS.glob("heldout*") if p.is_dir() and (p.name[7:] == "" or p.name[7:].isdigit())),
                 key=lambda p: int(p.name[7:] or 1))
ALL_SETS = [TESTS / "corpus", *HELDOUT]
# written to measure plain wire copy (AP, Reuters, Yonhap) alone
WIRE_ONLY = {"heldout36", "heldout41", "heldout46", "heldout81", "heldout82", "heldout95", "heldout103",
             "heldout109", "heldout119", "heldout120", "heldout122", "heldout123", "heldout124", "heldout126",
             "heldout127", "heldout128", "heldout131", "heldout133", "heldout134", "heldout136", "heldout137",
             "heldout151", "heldout152", "heldout154", "heldout156", "heldout158", "heldout175", "heldout181",
             "heldout183", "heldout189", "heldout205", "heldout231", "heldout246", "heldout254",
             "heldout261", "heldout262", "heldout269", "heldout284", "heldout291", "heldout342", "heldout355",
             "heldout385", "heldout393", "heldout403", "heldout401", "heldout405", "heldout409",
             "heldout458", "heldout473"}
# written to measure Axios and other web outlets alone
NO_WIRE = {"heldout37", "heldout40", "heldout48", "heldout54", "heldout68", "heldout80", "heldout88", "heldout96",
           "heldout101", "heldout110", "heldout114", "heldout118", "heldout125", "heldout135", "heldout140",
           "heldout157", "heldout172", "heldout180", "heldout184", "heldout195", "heldout203", "heldout209",
           "heldout219", "heldout227", "heldout235", "heldout243", "heldout251", "heldout266", "heldout273",
           "heldout282", "heldout290", "heldout298", "heldout330", "heldout338", "heldout346", "heldout354",
           "heldout362", "heldout370", "heldout382", "heldout392",
           "heldout400", "heldout407", "heldout415", "heldout424", "heldout466", "heldout474", "heldout482",
           "heldout488", "heldout495", "heldout504", "heldout510", "heldout518", "heldout526", "heldout534",
           "heldout543", "heldout551",
           "heldout567",
           "heldout575",
           "heldout583", "heldout591", "heldout599",
           "heldout607",
           "heldout615", "heldout623", "heldout631", "heldout639", "heldout647", "heldout655", "heldout663",
           "heldout670", "heldout677", "heldout685", "heldout694", "heldout702", "heldout709", "heldout719",
           "heldout730", "heldout737", "heldout746", "heldout754", "heldout762", "heldout768", "heldout775",
           "heldout781", "heldout789", "heldout796", "heldout804", "heldout812", "heldout820", "heldout827",
           "heldout834", "heldout842", "heldout850", "heldout858", "heldout867", "heldout866", "heldout874",
           "heldout875", "heldout882", "heldout889", "heldout897", "heldout905", "heldout913", "heldout921",
           "heldout929", "heldout937", "heldout945", "heldout952", "heldout960", "heldout968", "heldout976",
           "heldout984", "heldout992", "heldout1000", "heldout1008", "heldout1016", "heldout1024", "heldout1032",
           "heldout1040", "heldout1048", "heldout1056", "heldout1064", "heldout1072", "heldout1080", "heldout1088",
           "heldout1096", "heldout1104", "heldout1112", "heldout1120", "heldout1128", "heldout1136",
           "heldout1144",
           "heldout1152",
           "heldout1160",
           "heldout1168",
           "heldout1176",
           "heldout1184",
           "heldout1192",
           "heldout1200",
           "heldout1208",
           "heldout1216",
           "heldout1224",
           "heldout1232",
           "heldout1240",
           "heldout1248",
           "heldout1256",
           "heldout1264"}
# written to measure one agency's copy alone (AP, Reuters, Yonhap)
ONE_AGENCY = {"heldout97", "heldout98", "heldout99", "heldout112", "heldout116", "heldout117", "heldout138",
              "heldout139", "heldout141", "heldout144", "heldout145", "heldout149", "heldout153", "heldout160",
              "heldout161", "heldout164", "heldout165",
              "heldout168", "heldout174", "heldout176", "heldout177",
              "heldout178", "heldout185", "heldout186", "heldout187", "heldout192", "heldout193", "heldout194",
              "heldout200", "heldout201", "heldout202", "heldout210", "heldout211", "heldout212",
              "heldout216", "heldout217", "heldout218", "heldout224", "heldout225", "heldout226", "heldout232",
              "heldout233", "heldout234", "heldout239", "heldout240", "heldout241", "heldout242",
              "heldout248", "heldout249", "heldout250", "heldout258",
              "heldout257", "heldout259", "heldout260", "heldout264", "heldout265",
              "heldout270", "heldout271", "heldout272", "heldout277", "heldout279", "heldout280",
              "heldout281", "heldout287", "heldout288",
              "heldout289", "heldout295", "heldout296", "heldout297", "heldout303", "heldout304",
              "heldout305", "heldout311", "heldout312", "heldout315", "heldout316", "heldout317",
              "heldout319", "heldout321", "heldout322", "heldout327",
              "heldout328", "heldout329", "heldout335", "heldout336",
              "heldout337", "heldout343", "heldout344", "heldout345", "heldout351", "heldout353",
              "heldout359", "heldout360", "heldout361", "heldout367", "heldout368", "heldout369", "heldout375",
              "heldout376", "heldout377", "heldout383", "heldout389", "heldout390", "heldout391", "heldout397",
              "heldout398", "heldout399", "heldout416", "heldout422", "heldout423", "heldout428", "heldout429",
              "heldout434", "heldout439", "heldout448", "heldout453", "heldout454", "heldout455",
              "heldout456", "heldout462", "heldout463", "heldout464", "heldout467", "heldout470", "heldout471",
              "heldout472", "heldout478", "heldout479", "heldout480", "heldout481", "heldout485", "heldout486",
              "heldout491", "heldout487", "heldout493", "heldout494",
              "heldout496", "heldout502", "heldout501", "heldout507",
              "heldout508", "heldout509", "heldout511", "heldout516", "heldout517", "heldout519",
              "heldout523", "heldout524", "heldout528", "heldout532", "heldout533", "heldout535",
              "heldout540", "heldout541", "heldout542", "heldout548", "heldout550", "heldout556", "heldout557",
              "heldout558",
              "heldout564", "heldout565", "heldout566",
              "heldout574",
              "heldout580", "heldout581", "heldout582", "heldout588", "heldout590",
              "heldout596", "heldout597", "heldout598",
              "heldout605",
              "heldout612", "heldout613", "heldout614", "heldout620", "heldout621", "heldout622", "heldout628",
              "heldout630", "heldout629", "heldout636", "heldout637", "heldout644", "heldout645", "heldout646",
              "heldout652", "heldout653", "heldout654", "heldout660", "heldout661", "heldout662", "heldout668",
              "heldout669", "heldout682", "heldout676", "heldout678", "heldout675", "heldout684", "heldout683",
              "heldout692", "heldout691", "heldout693", "heldout698", "heldout699", "heldout701", "heldout708",
              "heldout712", "heldout715", "heldout716", "heldout727", "heldout729", "heldout728", "heldout735",
              "heldout736", "heldout738", "heldout743", "heldout744", "heldout745", "heldout753", "heldout751",
              "heldout759", "heldout761", "heldout760", "heldout766", "heldout767", "heldout773", "heldout772",
              "heldout774", "heldout785", "heldout779", "heldout780", "heldout787", "heldout786", "heldout788",
              "heldout795", "heldout794", "heldout793", "heldout801", "heldout802", "heldout803", "heldout811",
              "heldout810", "heldout809", "heldout819", "heldout817", "heldout824", "heldout825", "heldout826",
              "heldout831", "heldout833", "heldout832", "heldout840", "heldout839", "heldout847", "heldout848",
              "heldout849", "heldout855", "heldout857", "heldout865", "heldout864", "heldout871", "heldout873",
              "heldout872", "heldout880", "heldout881", "heldout879", "heldout886", "heldout887", "heldout888",
              "heldout894", "heldout895", "heldout896", "heldout903", "heldout904", "heldout910", "heldout911",
              "heldout912", "heldout920", "heldout926", "heldout927", "heldout928", "heldout934", "heldout935",
              "heldout936", "heldout942", "heldout943", "heldout944", "heldout949", "heldout950", "heldout951",
              "heldout957", "heldout958", "heldout959", "heldout965", "heldout966", "heldout967",
              "heldout973", "heldout974", "heldout975", "heldout981", "heldout982", "heldout983",
              "heldout989", "heldout990", "heldout991", "heldout997", "heldout998", "heldout999",
              "heldout1005", "heldout1006", "heldout1007", "heldout1013", "heldout1014", "heldout1015",
              "heldout1021", "heldout1022", "heldout1023", "heldout1029", "heldout1030", "heldout1031",
              "heldout1037", "heldout1038", "heldout1039", "heldout1045", "heldout1046", "heldout1047",
              "heldout1053", "heldout1054", "heldout1055", "heldout1061", "heldout1062", "heldout1063",
              "heldout1069", "heldout1070", "heldout1071", "heldout1077", "heldout1078", "heldout1079",
              "heldout1085", "heldout1086", "heldout1087", "heldout1093", "heldout1094", "heldout1095",
              "heldout1101", "heldout1102", "heldout1103", "heldout1110", "heldout1111", "heldout1109",
              "heldout1117", "heldout1118", "heldout1119", "heldout1125", "heldout1126", "heldout1127",
              "heldout1133", "heldout1134", "heldout1135",
              "heldout1141", "heldout1142", "heldout1143",
              "heldout1149", "heldout1150", "heldout1151",
              "heldout1157", "heldout1158", "heldout1159",
              "heldout1165", "heldout1166", "heldout1167",
              "heldout1174", "heldout1175",
              "heldout1173",
              "heldout1181", "heldout1182", "heldout1183",
              "heldout1189", "heldout1190", "heldout1191",
              "heldout1197", "heldout1198", "heldout1199",
              "heldout1205", "heldout1206", "heldout1207",
              "heldout1213", "heldout1214", "heldout1215",
              "heldout1221", "heldout1222", "heldout1223",
              "heldout1229", "heldout1230", "heldout1231",
              "heldout1237", "heldout1238", "heldout1239",
              "heldout1245", "heldout1246", "heldout1247",
              "heldout1253", "heldout1254", "heldout1255",
              "heldout1261", "heldout1262", "heldout1263"}
# written about the years before Yonhap's copy (the agency was founded at the end of 1980): AP and Reuters only
BEFORE_YONHAP = {"heldout127", "heldout131", "heldout256", "heldout352", "heldout413", "heldout441", "heldout527"}
# written about U.S.-North Korea and China-North Korea diplomacy, where AP, Reuters and Axios lead: no Yonhap
FOREIGN_DESKS = {"heldout142"}
# written to measure Axios's newsletter items beside AP's and Reuters' briefs: no Yonhap
NEWSLETTER_BRIEFS = {"heldout263"}
# written to measure AP's, Reuters' and Axios's timelines and explainers ("A look at", factboxes, "Catch up quick"):
# no Yonhap
TIMELINES = {"heldout499"}
# written to measure AP's and Axios's explainers and Q&A pieces: no Reuters or Yonhap
EXPLAINERS = {"heldout380"}
# written to measure the copy of other agencies alone (AFP, UPI, Kyodo)
OTHER_AGENCIES = {"heldout247", "heldout381", "heldout408", "heldout438", "heldout461", "heldout484", "heldout500",
                  "heldout505", "heldout536", "heldout545", "heldout560",
                  "heldout570",
                  "heldout586",
                  "heldout609", "heldout632", "heldout648", "heldout656", "heldout667", "heldout674", "heldout687",
                  "heldout697", "heldout711", "heldout733", "heldout741", "heldout749", "heldout757", "heldout771",
                  "heldout784", "heldout799", "heldout807", "heldout837", "heldout853", "heldout870", "heldout878",
                  "heldout885", "heldout901", "heldout908", "heldout916", "heldout924", "heldout932", "heldout940",
                  "heldout955", "heldout979", "heldout987", "heldout995", "heldout1003", "heldout1011", "heldout1019",
                  "heldout1027", "heldout1035", "heldout1043", "heldout1051", "heldout1059", "heldout1067",
                  "heldout1075", "heldout1083", "heldout1091", "heldout1099", "heldout1107", "heldout1115",
                  "heldout1123", "heldout1131", "heldout1139",
                  "heldout1147",
                  "heldout1155",
                  "heldout1163",
                  "heldout1171",
                  "heldout1179",
                  "heldout1187",
                  "heldout1195",
                  "heldout1203",
                  "heldout1211",
                  "heldout1219",
                  "heldout1227",
                  "heldout1235"}
# written to measure one other agency's copy alone (Kyodo as Japanese papers print it, AFP, UPI)
ONE_OTHER_AGENCY = {"heldout411", "heldout469", "heldout475", "heldout477", "heldout515", "heldout602", "heldout722",
                    "heldout723", "heldout823", "heldout963"}
# written to measure two agencies' copy side by side (AP and Reuters, Reuters and Yonhap)
TWO_AGENCIES = {"heldout414", "heldout417", "heldout421", "heldout425", "heldout426", "heldout430", "heldout431",
                "heldout433", "heldout437", "heldout440", "heldout442", "heldout443", "heldout445", "heldout446",
                "heldout447", "heldout449", "heldout452", "heldout459", "heldout460", "heldout468", "heldout476",
                "heldout483", "heldout490", "heldout497", "heldout498", "heldout503",
                "heldout506", "heldout512", "heldout514", "heldout525", "heldout537", "heldout544", "heldout546",
                "heldout561",
                "heldout568",
                "heldout576",
                "heldout584", "heldout592", "heldout601",
                "heldout608", "heldout679", "heldout956"}
# written to measure one agency's copy beside Axios's (AP and Axios)
AGENCY_AND_AXIOS = {"heldout451", "heldout538", "heldout555", "heldout559"}
# written to measure one of the three agencies beside another agency (AFP and Yonhap)
WIRE_AND_OTHER = {"heldout444", "heldout465", "heldout530", "heldout552",
                  "heldout579",
                  "heldout617", "heldout665", "heldout705", "heldout972"}
# written to measure the three agencies beside a fourth (AP, Reuters, Yonhap and AFP, two stories each): no Axios
THREE_AGENCIES_AND_OTHER = {"heldout624", "heldout649", "heldout666", "heldout681", "heldout690", "heldout696",
                            "heldout704", "heldout718", "heldout721", "heldout732", "heldout740", "heldout748",
                            "heldout756", "heldout764", "heldout770", "heldout777", "heldout783", "heldout791",
                            "heldout798", "heldout806", "heldout814", "heldout822", "heldout836", "heldout844",
                            "heldout852", "heldout860", "heldout869", "heldout877", "heldout884", "heldout891",
                            "heldout899", "heldout907", "heldout915", "heldout923", "heldout931", "heldout939",
                            "heldout947", "heldout954", "heldout962", "heldout970", "heldout978", "heldout986",
                            "heldout994", "heldout1002", "heldout1010", "heldout1018", "heldout1026", "heldout1034",
                            "heldout1042", "heldout1050", "heldout1058", "heldout1066", "heldout1074", "heldout1082",
                            "heldout1090", "heldout1098", "heldout1106", "heldout1114", "heldout1122", "heldout1130",
                            "heldout1138",
                            "heldout1146",
                            "heldout1154",
                            "heldout1162",
                            "heldout1170",
                            "heldout1178",
                            "heldout1186",
                            "heldout1194",
                            "heldout1202",
                            "heldout1210",
                            "heldout1218",
                            "heldout1226",
                            "heldout1234",
                            "heldout1242",
                            "heldout1250",
                            "heldout1258",
                            "heldout1266"}
# written to measure AP and Reuters beside two other agencies (UPI and AFP, two stories each): no Yonhap, no Axios
TWO_AND_TWO_OTHER_AGENCIES = {"heldout643"}
# written to measure two of the three agencies beside Axios and another agency (Reuters, Yonhap, Axios and Kyodo, two
# stories each): no AP
TWO_AGENCIES_AXIOS_AND_OTHER = {"heldout706", "heldout713", "heldout846", "heldout862", "heldout971"}
# written to measure one of the three agencies beside three other agencies (Yonhap, AFP, UPI and Kyodo, two stories
# each): no AP, no Reuters, no Axios
ONE_AGENCY_AND_OTHER_AGENCIES = {"heldout830"}
# written to measure two of the three agencies beside Axios and papers' own stories (AP, Yonhap, Axios and the Korea
# Times, two stories each; AP, Reuters and Axios, two each, beside the JoongAng Daily and the Korea Herald)
TWO_AGENCIES_AXIOS_AND_PAPER = {"heldout838", "heldout854", "heldout948"}
# written to measure other web outlets alone (Korea's English-language papers, analysis sites such as NK News, U.S.
# papers): no agency's copy and no Axios
OTHER_WEB = {"heldout489", "heldout492", "heldout513", "heldout521", "heldout529", "heldout539", "heldout553",
             "heldout571",
             "heldout587", "heldout594",
             "heldout610",
             "heldout618", "heldout626", "heldout634", "heldout641", "heldout650", "heldout658", "heldout664",
             "heldout672", "heldout680", "heldout688", "heldout695", "heldout703", "heldout710", "heldout717",
             "heldout726", "heldout731", "heldout739", "heldout747", "heldout755", "heldout763", "heldout769",
             "heldout776", "heldout782", "heldout790", "heldout797", "heldout805", "heldout813", "heldout821",
             "heldout828", "heldout835", "heldout843", "heldout851", "heldout859", "heldout868", "heldout876",
             "heldout883", "heldout890", "heldout898", "heldout906", "heldout914", "heldout922", "heldout930",
             "heldout938", "heldout946", "heldout953", "heldout961", "heldout969", "heldout977", "heldout985",
             "heldout993", "heldout1001", "heldout1009", "heldout1017", "heldout1025", "heldout1033", "heldout1041",
             "heldout1049", "heldout1057", "heldout1065", "heldout1073", "heldout1081", "heldout1089", "heldout1097",
             "heldout1105", "heldout1113", "heldout1121", "heldout1129", "heldout1137",
             "heldout1145",
             "heldout1153",
             "heldout1161",
             "heldout1169",
             "heldout1177",
             "heldout1185",
             "heldout1193",
             "heldout1201",
             "heldout1209",
             "heldout1217",
             "heldout1225",
             "heldout1233",
             "heldout1241",
             "heldout1249",
             "heldout1257",
             "heldout1265"}
# written to measure one agency's copy beside papers' own stories (Yonhap and the Korea Herald, Kyodo and the Japan
# Times; Yonhap, the Korea Herald and the Korea Times), or one agency's copy named after the papers that print it (AP as
# Fox News, NBC News, the Guardian and the Independent print it; Kyodo as the Japan Times, Japan Today and Nikkei Asia
# do)
AGENCY_AND_PAPER = {"heldout520", "heldout522", "heldout549", "heldout563",
                    "heldout572", "heldout573", "heldout578", "heldout595",
                    "heldout604", "heldout606", "heldout625", "heldout671", "heldout686", "heldout700", "heldout707",
                    "heldout720", "heldout725", "heldout752", "heldout765", "heldout778", "heldout808", "heldout816",
                    "heldout841", "heldout856", "heldout861", "heldout863", "heldout902", "heldout918", "heldout919",
                    "heldout964"}
# written to measure one agency's copy as the papers that print it show it, every article named after its paper (AP
# as the New York Times, the Washington Post and the Los Angeles Times print it): no agency in the file names
AGENCY_VIA_PAPERS = {"heldout589", "heldout638", "heldout800", "heldout818", "heldout815", "heldout845", "heldout893",
                     "heldout980"}
# written to measure Kyodo beside a state agency (Xinhua) as their English sites print them
KYODO_AND_STATE_AGENCY = {"heldout892"}
# written to measure the other agencies beside China's state agency (AFP, UPI, Kyodo and Xinhua as their English copy
# was printed)
OTHER_AGENCIES_AND_XINHUA = {"heldout1243",
                             "heldout1251",
                             "heldout1259",
                             "heldout1267"}
AGENCIES = {"ap", "reuters", "yonhap", "afp", "upi", "kyodo"}
ids = [p.name for p in HELDOUT]


@pytest.mark.parametrize("folder", HELDOUT, ids=ids)
def test_gold_for_every_article_loads(folder):
    golds = load_gold(folder)  # validates fields, dates, evidence and quotes against each article
    assert sorted(g.article_id for g in golds) == sorted(p.stem for p in folder.glob("*.txt"))
    outlets = {g.article_id.split("_")[1] for g in golds}
    # every set holds the copy the kit is built for: wire stories (most sets hold all three agencies) or Axios
    assert outlets & {"ap", "reuters", "yonhap", "axios"} or (
        folder.name in OTHER_AGENCIES and outlets <= {"afp", "upi", "kyodo"} and len(outlets) >= 2
        or folder.name in ONE_OTHER_AGENCY and len(outlets) == 1 and outlets <= {"afp", "upi", "kyodo"}
        or folder.name in OTHER_WEB and not outlets & {"afp", "upi", "kyodo"} and len(outlets) >= 2
        or folder.name in AGENCY_AND_PAPER and len(outlets) >= 2 and len(outlets & AGENCIES) == 1
        or folder.name in AGENCY_VIA_PAPERS and len(outlets) >= 2 and not outlets & (AGENCIES | {"axios"})
        or folder.name in KYODO_AND_STATE_AGENCY and outlets == {"kyodo", "xinhua"}
        or folder.name in OTHER_AGENCIES_AND_XINHUA and "xinhua" in outlets
        and len(outlets - {"xinhua"}) >= 2 and outlets - {"xinhua"} <= {"afp", "upi", "kyodo"}
    )
    before_yonhap = outlets >= {"ap", "reuters"} and all(g.article_id < "1982" for g in golds)
    assert (
        outlets >= {"ap", "reuters", "yonhap"}
        or folder.name in NO_WIRE
        or (folder.name in ONE_AGENCY and len(outlets) == 1)
        or (folder.name in BEFORE_YONHAP and before_yonhap)
        or (folder.name in FOREIGN_DESKS | NEWSLETTER_BRIEFS | TIMELINES and outlets >= {"ap", "reuters", "axios"})
        or (folder.name in EXPLAINERS and outlets == {"ap", "axios"})
        or folder.name in OTHER_AGENCIES | ONE_OTHER_AGENCY | OTHER_WEB | AGENCY_AND_PAPER | AGENCY_VIA_PAPERS
        | KYODO_AND_STATE_AGENCY | OTHER_AGENCIES_AND_XINHUA
        or (folder.name in TWO_AGENCIES and len(outlets) == 2 and outlets <= {"ap", "reuters", "yonhap"})
        or (folder.name in AGENCY_AND_AXIOS and "axios" in outlets and len(outlets) == 2
            and outlets - {"axios"} <= {"ap", "reuters", "yonhap"})
        or (folder.name in TWO_AND_TWO_OTHER_AGENCIES and outlets & {"ap", "reuters", "yonhap"} == {"ap", "reuters"}
            and len(outlets & {"afp", "upi", "kyodo"}) == 2 and len(outlets) == 4)
        or (folder.name in TWO_AGENCIES_AXIOS_AND_OTHER and len(outlets & {"ap", "reuters", "yonhap"}) == 2
            and "axios" in outlets and len(outlets & {"afp", "upi", "kyodo"}) == 1 and len(outlets) == 4)
        or (folder.name in WIRE_AND_OTHER and len(outlets & {"ap", "reuters", "yonhap"}) == 1
            and len(outlets & {"afp", "upi", "kyodo"}) == 1 and len(outlets) == 2)
        or (folder.name in ONE_AGENCY_AND_OTHER_AGENCIES and len(outlets & {"ap", "reuters", "yonhap"}) == 1
            and outlets & {"afp", "upi", "kyodo"} == {"afp", "upi", "kyodo"} and len(outlets) == 4)
        or (folder.name in TWO_AGENCIES_AXIOS_AND_PAPER and len(outlets & {"ap", "reuters", "yonhap"}) == 2
            and "axios" in outlets and outlets - AGENCIES - {"axios"} and not outlets & {"afp", "upi", "kyodo"})
    )
    if folder.name in THREE_AGENCIES_AND_OTHER:
        assert outlets >= {"ap", "reuters", "yonhap"} and len(outlets - {"ap", "reuters", "yonhap"}) == 1
        assert outlets <= AGENCIES
    no_axios = (WIRE_ONLY | ONE_AGENCY | OTHER_AGENCIES | ONE_OTHER_AGENCY | TWO_AGENCIES | WIRE_AND_OTHER | OTHER_WEB
                | AGENCY_AND_PAPER | AGENCY_VIA_PAPERS | THREE_AGENCIES_AND_OTHER | TWO_AND_TWO_OTHER_AGENCIES
                | ONE_AGENCY_AND_OTHER_AGENCIES | KYODO_AND_STATE_AGENCY | OTHER_AGENCIES_AND_XINHUA)
    if any(g.article_id >= "2017" for g in golds) and folder.name not in no_axios:
        # Axios exists since 2017: a set with later stories has it
        assert "axios" in outlets


@functools.cache
def _owners() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Which sets hold each article name and each article text (every set read once, not once per test)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    by_text: dict[str, set[str]] = defaultdict(set)
    for folder in ALL_SETS:
        for path in folder.glob("*.txt"):
            by_name[path.stem].add(folder.name)
            by_text[path.read_text(encoding="utf-8")].add(folder.name)
    return by_name, by_text


@pytest.mark.parametrize("folder", HELDOUT, ids=ids)
def test_shares_no_article_with_another_set(folder):
    mine = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    assert mine, f"{folder} has no articles"
    by_name, by_text = _owners()
    for stem, text in mine.items():
        assert by_name[stem] == {folder.name}, f"{stem} is also in {sorted(by_name[stem] - {folder.name})}"
        assert by_text[text] == {folder.name}, f"{stem}'s text is also in {sorted(by_text[text] - {folder.name})}"


@pytest.mark.parametrize("folder", HELDOUT, ids=ids)
def test_extractors_keep_the_baseline(folder):
    report = evaluate(folder)
    assert not [res.errors for res in report.articles if res.errors]
    check_baseline(report, folder / "baseline.json")
