//! Table tests of every reading in the speech contract (`docs/speech.md`) and of its
//! options; the alignment is checked on every row.

use unicode_normalization::UnicodeNormalization;

use crate::Annotator;
use crate::recognize::common::numerals::spelled;
use crate::recognize::common::tokens::Lex;

use super::numerals::Numerals;
use super::out::Words;
use super::{Acronyms, SpeechOptions};

/// `written | spoken`, one a line; the spoken text is compared in lower case.
const READINGS: &str = "
có 3.450 người | có ba nghìn bốn trăm năm mươi người
dân số 2.345.678 người | dân số hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám người
có 108 hộ | có một trăm linh tám hộ
có 31 xã | có ba mươi mốt xã
có 45 xã | có bốn mươi lăm xã
có 24 xã | có hai mươi tư xã
có 15 xã | có mười lăm xã
có 14 xã | có mười bốn xã
có 105 xã | có một trăm linh năm xã
năm 2019 | năm hai nghìn không trăm mười chín
thu 2.040.000 đồng | thu hai triệu không trăm bốn mươi nghìn đồng
có 1.000.005 đồng | có một triệu không trăm linh năm đồng
có 3.000.000.000.000 đồng | có ba nghìn tỷ đồng
tăng 12,5 lần | tăng mười hai phẩy năm lần
đạt 80,05 điểm | đạt tám mươi phẩy không năm điểm
đạt 0,5 điểm | đạt không phẩy năm điểm
tăng 36% | tăng ba mươi sáu phần trăm
giá 300.000 đồng | giá ba trăm nghìn đồng
vốn 2,5 tỷ đồng | vốn hai phẩy năm tỷ đồng
giá 50 USD | giá năm mươi đô la mỹ
giá 300.000đ | giá ba trăm nghìn đồng
giá $50 | giá năm mươi đô la
Ngày 9/10/2021 họp | ngày chín tháng mười năm hai nghìn không trăm hai mươi mốt họp
họp 9/10/2021 | họp ngày chín tháng mười năm hai nghìn không trăm hai mươi mốt
ngày 15-8-2023 | ngày mười lăm tháng tám năm hai nghìn không trăm hai mươi ba
Chiều 9.10, tỉnh họp | chiều ngày chín tháng mười, tỉnh họp
tháng 4/2022 | tháng tư năm hai nghìn không trăm hai mươi hai
ngày 6 tháng 11 năm 2020 | ngày sáu tháng mười một năm hai nghìn không trăm hai mươi
trong tháng 11 | trong tháng mười một
ngày 2021-10-09 | ngày chín tháng mười năm hai nghìn không trăm hai mươi mốt
quý II/2021 | quý hai năm hai nghìn không trăm hai mươi mốt
quý 3 năm 2020 | quý ba năm hai nghìn không trăm hai mươi
mùa hè năm 2019 | mùa hè năm hai nghìn không trăm mười chín
sáng thứ Hai (6/11) | sáng thứ hai ngày sáu tháng mười một
Thứ 6 (15-8-2023) | thứ sáu ngày mười lăm tháng tám năm hai nghìn không trăm hai mươi ba
đầu tháng 4-2019 | đầu tháng tư năm hai nghìn không trăm mười chín
lúc 15h45 | lúc mười lăm giờ bốn mươi lăm phút
lúc 7 giờ 20 | lúc bảy giờ hai mươi phút
lúc 7 giờ 20 phút | lúc bảy giờ hai mươi phút
lúc 10:15 ngày 27/4/2021 | lúc mười giờ mười lăm phút ngày hai mươi bảy tháng tư năm hai nghìn không trăm hai mươi mốt
giai đoạn 2016 - 2021 | giai đoạn hai nghìn không trăm mười sáu đến hai nghìn không trăm hai mươi mốt
nhiệm kỳ 2020-2025 | nhiệm kỳ hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi lăm
từ 3-4 người | từ ba đến bốn người
từ 8h đến 10h | từ tám giờ đến mười giờ
tăng 10-15% | tăng mười đến mười lăm phần trăm
về đích thứ 1 | về đích thứ nhất
xếp thứ 4 | xếp thứ tư
xếp thứ 14 | xếp thứ mười bốn
lần thứ III | lần thứ ba
Đại hội lần thứ XIII | đại hội lần thứ mười ba
Thứ 6 tuần này | thứ sáu tuần này
Quốc hội khóa IX | quốc hội khóa chín
Đại hội VII | đại hội bảy
thế kỷ XX | thế kỷ hai mươi
dài 7km | dài bảy ki lô mét
rộng 4 ha | rộng bốn héc ta
rộng 150 m2 | rộng một trăm năm mươi mét vuông
nóng 35°C | nóng ba mươi lăm độ xê
chạy 80 km/h | chạy tám mươi ki lô mét trên giờ
nặng 3 kg | nặng ba ki lô gam
giá 50.000 đồng/kg | giá năm mươi nghìn đồng trên ki lô gam
gọi 0987 654 321 ngay | gọi không chín tám bảy sáu năm bốn ba hai một ngay
gọi 0912.345.678 | gọi không chín một hai ba bốn năm sáu bảy tám
gọi 113 | gọi một một ba
đường dây nóng 1900 1234 | đường dây nóng một chín không không một hai ba bốn
số 56/NQ-HĐND | số năm mươi sáu nghị quyết hội đồng nhân dân
Thông tư số 12/2020/TT-BCA | thông tư số mười hai hai nghìn không trăm hai mươi thông tư bộ công an
Kết luận 24-KL/TW | kết luận hai mươi tư kết luận trung ương đảng
trên QL14 | trên quốc lộ mười bốn
trên QL1A | trên quốc lộ một a
xe 30H-456.78 | xe ba không hát bốn năm sáu bảy tám
UBND tỉnh | ủy ban nhân dân tỉnh
MTTQ xã | mặt trận tổ quốc xã
Ủy viên BTV Tỉnh ủy | ủy viên ban thường vụ tỉnh ủy
chị là BTV của báo Hà Giang | chị là biên tập viên của báo hà giang
tình hình KT-XH | tình hình kinh tế xã hội
FBI điều tra | ép bi ai điều tra
NATO họp | nato họp
UNESCO công nhận | unesco công nhận
văn hóa - xã hội | văn hóa xã hội
(UBND) | ủy ban nhân dân
cán bộ/chiến sĩ | cán bộ chiến sĩ
mạng 4G | mạng bốn giê
ngày 5, 6 và 7/11/2020 | ngày năm, sáu và bảy tháng mười một năm hai nghìn không trăm hai mươi
trú tại Q.1 | trú tại quận một
lúc 9g30 sáng | lúc chín giờ ba mươi phút sáng
cao hơn 2,3 điểm % | cao hơn hai phẩy ba điểm phần trăm
tại Km 15+200 | tại ki lô mét mười lăm cộng hai trăm
nhiệt độ -5°C | nhiệt độ âm năm độ xê
giá 20 €/kg | giá hai mươi ơ rô trên ki lô gam
tăng 45.5% | tăng bốn mươi lăm phẩy năm phần trăm
gọi +84 912 345 678 | gọi cộng tám bốn chín một hai ba bốn năm sáu bảy tám
đội PC02 | đội phòng cảnh sát hình sự
chuyến bay VN123 | chuyến bay vê nờ một trăm hai mươi ba
cúm H5N1 | cúm hát năm nờ một
lúc 8h sáng | lúc tám giờ sáng
nặng 50 MW | nặng năm mươi mê ga oát
VTV đưa tin | vê tê vê đưa tin
WHO khuyến cáo | vê kép hát ô khuyến cáo
GDP tăng | gi đi pi tăng
theo báo QĐND và TP.HCM. | theo báo quân đội nhân dân và thành phố hồ chí minh.
gọi 0974.022 | gọi không chín bảy bốn không hai hai
hết bài./. | hết bài.
họp từ 20-25/11 | họp từ hai mươi đến hai mươi lăm tháng mười một
QUÁN KARAOKE BỊ PHẠT | quán karaoke bị phạt
Nghị định 100/2019/NĐ-CP | nghị định một trăm hai nghìn không trăm mười chín nghị định chính phủ
đến 17g cùng ngày | đến mười bảy giờ cùng ngày
mua 17g vàng | mua mười bảy gam vàng
nóng 30 độ C | nóng ba mươi độ xê
Luật số 45/2019/QH14 | luật số bốn mươi lăm hai nghìn không trăm mười chín quốc hội khóa mười bốn
ngập ĐT 605 | ngập đường tỉnh sáu trăm linh năm
mưa 200-300mm | mưa hai trăm đến ba trăm mi li mét
gọi (024) 3825 6789 | gọi không hai bốn ba tám hai năm sáu bảy tám chín
lương 1,8 triệu/tháng | lương một phẩy tám triệu trên tháng
vốn FDI và ODA | vốn ép đê i và ô đê a
từ 18h30-21h | từ mười tám giờ ba mươi phút đến hai mươi mốt giờ
tại P.Bến Nghé, Q. Hoàn Kiếm | tại phường bến nghé, quận hoàn kiếm
xe 74D1-234.56 | xe bảy bốn đê một hai ba bốn năm sáu
GIÁ 8.200 ĐỒNG/KG | giá tám nghìn hai trăm đồng trên ki lô gam
THU 500 G MA TÚY, 80 KM/H | thu năm trăm gam ma túy, tám mươi ki lô mét trên giờ
TẠI KM 45+500 | tại ki lô mét bốn mươi lăm cộng năm trăm
VƯỢT 115 TỶ ĐỒNG | vượt một trăm mười lăm tỷ đồng
ĐẦU TƯ DU LỊCH | đầu tư du lịch
GIÁ 500.000Đ | giá năm trăm nghìn đồng
MẠNG 4G | mạng bốn giê
Ngay 24/4, Ban Chi dao tinh hop phien thu 3 | ngay hai mươi tư tháng tư, ban chi dao tinh hop phien thu ba
Hoi nghi lan thu 8 Ban Chap hanh Trung uong khoa XIII da be mac | hoi nghi lan thu tám ban chap hanh trung uong khoa mười ba da be mac
Day la nam thu 4 lien tiep huyen dat chi tieu | day la nam thu tư lien tiep huyen dat chi tieu
Nang suat lua binh quan dat 6,2 tan/ha | nang suat lua binh quan dat sáu phẩy hai tan trên héc ta
Dot kiem tra dien ra tu ngay 10 den ngay 25/11 | dot kiem tra dien ra tu ngay mười den ngay hai mươi lăm tháng mười một
Muc ho tro 3 trieu dong/thang moi nguoi | muc ho tro ba trieu dong trên thang moi nguoi
Vao 0h30 ngay 12/8, xe bi chay | vao không giờ ba mươi phút ngay mười hai tháng tám, xe bi chay
trong hai ngày 8-9/10 đoàn về | trong hai ngày tám đến chín tháng mười đoàn về
sáng 3-4/5/2024 họp | sáng ngày ba đến bốn tháng năm năm hai nghìn không trăm hai mươi tư họp
vụ hè thu 2022 | vụ hè thu hai nghìn không trăm hai mươi hai
lực lượng PCCC tỉnh | lực lượng phòng cháy, chữa cháy tỉnh
theo IMF và đài BBC | theo i em ép và đài bi bi xi
lúc 21G ngày 3/1 | lúc hai mươi mốt giờ ngày ba tháng một
mạng 5G | mạng năm giê
đội tuyển PERU và IRAN | đội tuyển peru và iran
nước UAE | nước u a e
";

fn table(rows: &str, options: &SpeechOptions) {
    let a = Annotator::new();
    let mut bad = Vec::new();
    for row in rows.lines().filter(|r| !r.trim().is_empty()) {
        let (written, spoken) = row.split_once(" | ").unwrap_or((row, ""));
        let s = a.speak_with(written, options);
        if let Err(e) = s.check(written) {
            bad.push(format!("{written:?}: alignment: {e}"));
        }
        let got = s.text.to_lowercase();
        // The same text decomposed (NFD) says the same, aligned to its own bytes.
        let nfd: String = written.nfd().collect();
        let d = a.speak_with(&nfd, options);
        if let Err(e) = d.check(&nfd) {
            bad.push(format!("{written:?} in NFD: alignment: {e}"));
        }
        if d.text != s.text {
            bad.push(format!("{written:?} in NFD says {:?}", d.text));
        }
        if got != spoken {
            bad.push(format!("{written:?}\n   got  {got:?}\n   want {spoken:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} rows wrong:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_reading_of_the_contract() {
    table(READINGS, &SpeechOptions::new());
}

#[test]
fn southern_numerals_and_bon_after_tens() {
    table(
        "có 3.450 người | có ba ngàn bốn trăm năm mươi người
có 108 hộ | có một trăm lẻ tám hộ
năm 2005 | năm hai ngàn không trăm lẻ năm
có 24 xã | có hai mươi tư xã",
        &SpeechOptions::new().southern(true),
    );
    table(
        "có 24 xã | có hai mươi bốn xã
có 1.054 xã | có một nghìn không trăm năm mươi bốn xã
xếp thứ 4 | xếp thứ tư",
        &SpeechOptions::new().bon_after_tens(true),
    );
    table(
        "có 3.450 người | có ba ngàn bốn trăm năm mươi người",
        &SpeechOptions::new().ngan(true),
    );
    table(
        "có 108 hộ | có một trăm lẻ tám hộ",
        &SpeechOptions::new().le(true),
    );
}

#[test]
fn acronyms_as_letters_or_as_words() {
    table(
        "NATO và FBI | en ây ti âu và ép bi ai",
        &SpeechOptions::new().acronyms(Acronyms::Letters),
    );
    table(
        "NATO và FBI | nato và fbi",
        &SpeechOptions::new().acronyms(Acronyms::Words),
    );
    // Vietnamese abbreviations are written out whatever the choice.
    table(
        "UBND xã | ủy ban nhân dân xã",
        &SpeechOptions::new().acronyms(Acronyms::Words),
    );
}

#[test]
fn punctuation_kept_or_dropped() {
    table(
        "Ngày 9/10, tỉnh họp. | ngày chín tháng mười, tỉnh họp.",
        &SpeechOptions::new(),
    );
    table(
        "Ngày 9/10, tỉnh họp. | ngày chín tháng mười tỉnh họp",
        &SpeechOptions::new().punctuation(false),
    );
}

/// The numeral parser of the recognizers reads every spoken cardinal back to its value.
#[test]
fn spoken_cardinals_read_back() {
    let mut n = 1u64;
    let mut step = 1u64;
    while n < 10_000_000_000 {
        for say in [
            Numerals::default(),
            Numerals {
                ngan: true,
                le: true,
                bon: true,
            },
        ] {
            let mut w = Words::default();
            w.open(0);
            say.cardinal(n, &mut w);
            w.close(1);
            let text = w.finish("x").text;
            let lex = Lex::new(&text);
            let read = spelled(&lex, 0).filter(|&(end, _)| end == lex.len());
            assert_eq!(read.map(|(_, v)| v), Some(n as f64), "{n}: {text}");
        }
        n += step;
        step = step * 3 / 2 + 1;
    }
}
