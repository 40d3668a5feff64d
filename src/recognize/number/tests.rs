//! The table of number cases: spans and values, and what is not a number.

use super::super::date::find_dates;
use super::find_numbers;

/// `text | span = value | ...`: every number expected in `text`, in order (none after
/// a bare text). Rows starting with `@` pass the dates of the text as `taken`.
const CASES: &str = "
Qua thời gian triển khai thực hiện 2 Đề án, Công an | 2 = 2
các đơn vị đã tổ chức trên 5 nghìn hội nghị về | 5 nghìn = 5000
với 575 nghìn lượt người tham gia | 575 nghìn = 575000
xây dựng, nhân rộng 365 mô hình tự quản | 365 = 365
và trên 100 mô hình trong cơ quan | 100 = 100
hiện có hơn 2.900 đồng chí Công an xã | 2.900 = 2900
@ date 2020-11 BHG - Chiều 6.11, giai đoạn 2013 - 2020 có 2 Đề án | 2 = 2
có 1.234.567 người | 1.234.567 = 1234567
tăng 1,5 lần và 2,75 lần | 1,5 = 1.5 | 2,75 = 2.75
2.900,5 tấn | 2.900,5 = 2900.5
1,5 triệu đồng | 1,5 triệu = 1500000
3 tỷ và 3 tỉ | 3 tỷ = 3000000000 | 3 tỉ = 3000000000
2 vạn người, 5 ngàn người, 5 trăm người | 2 vạn = 20000 | 5 ngàn = 5000 | 5 trăm = 500
1 triệu 200 nghìn đồng | 1 triệu 200 nghìn = 1200000
3 nghìn tỷ đồng, 5 trăm nghìn | 3 nghìn tỷ = 3000000000000 | 5 trăm nghìn = 500000
đạt 15%, 15 % và 15 phần trăm | 15 = 15 | 15 = 15 | 15 = 15
chỉ 0,5% và 45.5% | 0,5 = 0.5 | 45.5 = 45.5
khoảng 30 người, gần 40, chừng 50, hàng 60 | 30 = 30 | 40 = 40 | 50 = 50 | 60 = 60
hai mươi lăm người | hai mươi lăm = 25
một trăm người | một trăm = 100
ba nghìn người | ba nghìn = 3000
mười hai người | mười hai = 12
hai mươi mốt người | hai mươi mốt = 21
một trăm linh năm và một trăm lẻ năm | một trăm linh năm = 105 | một trăm lẻ năm = 105
năm mươi tư người | năm mươi tư = 54
tăng hai mươi lăm phần trăm | hai mươi lăm = 25
Hai người đến. Ba mươi người | Hai = 2 | Ba mươi = 30
thực hiện hai đề án | hai = 2
hai nghìn không trăm hai mươi | hai nghìn không trăm hai mươi = 2020
hai triệu rưỡi đồng | hai triệu rưỡi = 2500000
một triệu hai trăm nghìn | một triệu hai trăm nghìn = 1200000
mười năm qua và năm người | mười = 10 | năm = 5
năm nay, trong năm qua, mỗi năm người dân
một số địa phương
lần thứ hai, tháng hai, giải ba
ba mẹ tôi nói, thời cơ đã chín muồi, suy nghĩ chín chắn, nấu chín thức ăn
năm học mới, năm thành lập
chín người và bảy xã | chín = 9 | bảy = 7
quận Hai Bà Trưng và ông Ba nói
đường hai chiều, không gian ba chiều
Trong hai ngày họp, đoàn đi ba xã | hai = 2 | ba = 3
TRONG HAI NGÀY HỌP, ĐOÀN ĐI BA XÃ | HAI = 2 | BA = 3
ANH LÊ VĂN TÁM ĐÃ VỀ, HAI BÀ TRƯNG, MỘT NGƯỜI
@Trong hai ngày 8-9/10, đoàn về | hai = 2
Anh Phùng Thế Bảy lái xe. Bảy người đi cùng. Bảy đã khai | Bảy = 7
Bảy người đi cùng | Bảy = 7
phiên bản 1.2.3, 1.2345, 1,2,3
tăng 6.11 lần, 6.5
số 24-KL/TW, 3344/QĐ-TTCP, 123/2020/NĐ-CP
chuyến bay VJ133, PC02, QH13, 10h15, Covid-19
dài 5km, nặng 20kg, rộng 1.500m2 | 5 = 5 | 20 = 20 | 1.500 = 1500
đạt 12/17 chỉ tiêu, 3/45 xã | 12 = 12 | 17 = 17 | 3 = 3 | 45 = 45
theo Chỉ thị 12, lần thứ 15, xóm 7, quốc lộ 1A, đường số 5 và Khoản 2 Điều 8
gọi 0912 345 678, 0912.345.678, 0912345678, +84 912 345 678
1/5 số hộ và tỷ lệ 1:2
05 đối tượng | 05 = 5
Điều 15 Luật
từ 2-3 người, 2-3 triệu | 2 = 2 | 3 = 3 | 2 = 2000000 | 3 triệu = 3000000
tỷ số 3-1 | 3 = 3 | 1 = 1
mã 12345678901234567 và 99999999999999999999999
chỉ 0.5 điểm, 4.0 | 0.5 = 0.5 | 4.0 = 4
có 365. Và 2.900, | 365 = 365 | 2.900 = 2900
";

/// Numerals written without marks: one-word numerals only before a counted noun.
const PLAIN_CASES: &str = "
chi 10 trieu dong va 2,5 ty dong | 10 trieu = 10000000 | 2,5 ty = 2500000000
hai nghin nguoi, ba tram nam muoi lam ho | hai nghin = 2000 | ba tram nam muoi lam = 355
trong hai ngay, hai nguoi den | hai = 2 | hai = 2
ba con nhan dan, thiet hai lon, sau ngay le, nam nguoi, bay ve
theo Quyet dinh so 12, lan thu 3, khoa 9
trao tang 2 tan gao, khoi to 20 bi can | 2 = 2 | 20 = 20
";

/// The numbers found in `text`, as (`&text[start..end]`, value), equal `want`.
fn assert_found(text: &str, found: &[super::NumberFound], want: Vec<(&str, &str)>) {
    let got: Vec<_> = found
        .iter()
        .map(|n| (&text[n.start..n.end], n.value.to_string()))
        .collect();
    let want: Vec<_> = want.into_iter().map(|(s, v)| (s, v.to_string())).collect();
    assert_eq!(got, want, "{text}");
}

#[test]
fn plain_table() {
    use super::find_numbers_in;
    use crate::recognize::common::tokens::Lex;
    for (_, text, want) in crate::recognize::common::tokens::table_rows(PLAIN_CASES) {
        let found = find_numbers_in(&Lex::new_plain(text), &text.to_lowercase(), &|_| false);
        assert_found(text, &found, want);
    }
}

#[test]
fn table() {
    let rows = crate::recognize::common::tokens::table_rows(CASES);
    assert!(rows.len() >= 40, "{}", rows.len());
    for (dated, text, want) in rows {
        let dates = if dated {
            find_dates(text, None)
        } else {
            Vec::new()
        };
        let taken: Vec<_> = dates.iter().map(|d| d.start..d.end).collect();
        let found = find_numbers(text, &taken);
        assert_found(text, &found, want);
    }
}
