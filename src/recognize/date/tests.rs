use super::find_dates;

/// `text | span = value | ...`: every date expected in `text`, in order (none after a
/// bare text). Rows starting with `@` use the reference date 2021-03-01.
const CASES: &str = "
 date 2020-11 BHG - Chiều 6.11, UBND tỉnh | 2020-11 = 2020-11 | Chiều 6.11 = XXXX-11-06
tổng kết giai đoạn 2013 - 2020\" và | giai đoạn 2013 - 2020 = 2013/2020
trường học. Giai đoạn 2013 - 2020, các địa phương | Giai đoạn 2013 - 2020 = 2013/2020
bảo vệ ANTQ giai đoạn 2021 - 2025. | giai đoạn 2021 - 2025 = 2021/2025
Đại hội nhiệm kỳ 2020-2025 thành công | nhiệm kỳ 2020-2025 = 2020/2025
kế hoạch 2021 - 2025 của tỉnh | 2021 - 2025 = 2021/2025
kế hoạch 2021-2025 của tỉnh | 2021-2025 = 2021/2025
tăng dần từ năm 2015 đến năm 2020 | từ năm 2015 đến năm 2020 = 2015/2020
năm học 2020/2021 | năm học 2020/2021 = 2020/2021
Ngày 6/11, tỉnh họp | Ngày 6/11 = XXXX-11-06
tối 6-11 tại hội trường | tối 6-11 = XXXX-11-06
đêm 30/4 rạng sáng 1/5 | đêm 30/4 = XXXX-04-30 | rạng sáng 1/5 = XXXX-05-01
vào sáng thứ Hai (6/11) họp | sáng thứ Hai (6/11) = XXXX-11-06
thứ Hai, ngày 6/11 | thứ Hai, ngày 6/11 = XXXX-11-06
Chủ nhật 6/11 và CN (13/11) | Chủ nhật 6/11 = XXXX-11-06 | CN (13/11) = XXXX-11-13
Hôm qua (6.11), đoàn | 6.11 = XXXX-11-06
ký ngày 6/11/2020. | ngày 6/11/2020 = 2020-11-06
06/11/2020 | 06/11/2020 = 2020-11-06
hạn 6-11-2020 | 6-11-2020 = 2020-11-06
hạn 6.11.2020, | 6.11.2020 = 2020-11-06
ngày 6 tháng 11 năm 2020 | ngày 6 tháng 11 năm 2020 = 2020-11-06
ngày 6 tháng 11 | ngày 6 tháng 11 = XXXX-11-06
mùng 2 tháng 9 | mùng 2 tháng 9 = XXXX-09-02
Nguyễn Văn A (SN 1975, trú tại xã B) | SN 1975 = 1975
bổ nhiệm ông Trần Văn B (1968) - Phó Giám đốc | 1968 = 1968
Nghị định 100 (2019) và (2020)
trong tháng 11/2020 | tháng 11/2020 = 2020-11
trong tháng 11 năm 2020 | tháng 11 năm 2020 = 2020-11
tháng 11 tới | tháng 11 = XXXX-11
@tháng Mười hai năm nay | tháng Mười hai năm nay = 2021-12
Năm 2020, tỉnh | Năm 2020 = 2020
trong năm nay | năm nay = XXXX
@trong năm nay và năm ngoái | năm nay = 2021 | năm ngoái = 2020
những năm trước, hai năm nay
@hôm nay, tối qua và ngày mai | hôm nay = 2021-03-01 | tối qua = 2021-02-28 | ngày mai = 2021-03-02
hôm nay và tối qua | hôm nay = XXXX-XX-XX | tối qua = XXXX-XX-XX
ngày 3/5/2019 họp, sáng cùng ngày về, 21h15 cùng ngày đi | ngày 3/5/2019 = 2019-05-03 | sáng cùng ngày = 2019-05-03 | 21h15 cùng ngày = 2019-05-03T21:15
sáng cùng ngày, tỉnh | sáng cùng ngày = XXXX-XX-XX
ngày 12/3/2024 khai mạc, ngày 14/3 bế mạc | ngày 12/3/2024 = 2024-03-12 | ngày 14/3 = 2024-03-14
@ngày 14/3 khai mạc, ngày 2/9/2019 và tháng 10 | ngày 14/3 = 2021-03-14 | ngày 2/9/2019 = 2019-09-02 | tháng 10 = 2019-10
tháng 5/2020 rồi ngày 14/3 | tháng 5/2020 = 2020-05 | ngày 14/3 = XXXX-03-14
ISO 2020-11-06. | 2020-11-06 = 2020-11-06
@lúc 10h15 ngày 27/4/2021 | 10h15 ngày 27/4/2021 = 2021-04-27T10:15
lúc 10h15, | 10h15 = T10:15
10 giờ 15 phút | 10 giờ 15 phút = T10:15
@3 giờ chiều nay | 3 giờ chiều nay = 2021-03-01T15:00
lúc 10h và 8 giờ sáng | 10h = T10:00 | 8 giờ sáng = T08:00
31/12/2021 23:59 | 31/12/2021 23:59 = 2021-12-31T23:59
trong 24h, mất 2 giờ 30 phút, 10h là
Tết Nguyên đán Tân Sửu 2021 | Tết Nguyên đán Tân Sửu 2021 = 2021
mùng 1 Tết năm 2021 | mùng 1 Tết năm 2021 = 2021-L01-01
Rằm tháng Giêng năm 2021 | Rằm tháng Giêng năm 2021 = 2021-L01-15
ngày 15/7 âm lịch | ngày 15/7 âm lịch = XXXX-L07-15
từ 8h đến 10h | từ 8h đến 10h = T08:00/T10:00
từ tháng 1 đến tháng 3/2021 | từ tháng 1 đến tháng 3/2021 = 2021-01/2021-03
@Chiều 6.11 | Chiều 6.11 = 2021-11-06
27/4 là ngày | 27/4 = XXXX-04-27
1/5 số hộ, 3/4 dân số
phục vụ 24/7
Kết luận số 24-KL/TW
Quyết định 3344/QĐ-TTCP
Nghị định 123/2020/NĐ-CP ngày 12/12/2020 | ngày 12/12/2020 = 2020-12-12
gọi 0912 345 678 hoặc 0912.345.678
phiên bản 1.2.3 và 6.11.20
tăng 6.11 lần, 6.11
tỷ số 3-1, 2 - 1
ngày 31/2 và ngày 0/5
3 tháng 11 ngày
Covid-2019, 2020-11/QĐ, 2025-2020
Trong hai ngày 8-9/10, đoàn làm việc | ngày 8-9/10 = XXXX-10-08/XXXX-10-09
sáng 8-9/10/2023 họp | sáng 8-9/10/2023 = 2023-10-08/2023-10-09
ngày 9-8/10 và ngày 8-9/13
gieo cấy vụ hè thu 2022 xong | vụ hè thu 2022 = 2022
vụ đông xuân 2023-2024 và vụ mùa năm 2021 | vụ đông xuân 2023-2024 = 2023/2024 | vụ mùa năm 2021 = 2021
vụ việc 2020 và vụ 2021
Ngày 3/12/2026 khai mạc, sáng thứ Hai bế mạc | Ngày 3/12/2026 = 2026-12-03 | sáng thứ Hai = 2026-12-07
chiều Chủ nhật đoàn về | chiều Chủ nhật = XXXX-WXX-7
sáng 7-12 họp, chiều thứ 2 về | sáng 7-12 = XXXX-12-07 | chiều thứ 2 = XXXX-WXX-1
lần thứ 2 và người thứ hai
Hội nghị từ ngày 10 đến ngày 15/11 | từ ngày 10 đến ngày 15/11 = XXXX-11-10/XXXX-11-15
họp từ 20 đến 25/11/2023 | từ 20 đến 25/11/2023 = 2023-11-20/2023-11-25
từ ngày 15 đến ngày 10/11 | ngày 10/11 = XXXX-11-10
từ 10 đến 15 người
đội thi đấu vào thứ Bảy tới | thứ Bảy = XXXX-WXX-6
Trong ngày thứ Ba, đoàn về | ngày thứ Ba = XXXX-WXX-2
họp vào Chủ nhật | Chủ nhật = XXXX-WXX-7
Sáng ngày Chủ nhật (6/12) khai mạc | Chủ nhật (6/12) = XXXX-12-06
ngày thứ 2 của hội nghị, LẦN THỨ HAI, Thứ Ba là
";

#[test]
fn table() {
    let rows = crate::recognize::common::tokens::table_rows(CASES);
    assert!(rows.len() >= 40, "{}", rows.len());
    for (at_reference, text, want) in rows {
        let found = find_dates(text, at_reference.then_some((2021, 3, 1)));
        let got: Vec<_> = found
            .iter()
            .map(|d| (&text[d.start..d.end], d.value.as_str()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// The same shapes written without marks (`@`: the reference date 2021-03-01).
const PLAIN_CASES: &str = "
Chieu 6-11, UBND tinh hop | Chieu 6-11 = XXXX-11-06
ky ngay 9 thang 10 nam 2021 tai xa | ngay 9 thang 10 nam 2021 = 2021-10-09
tu thang 1 den thang 3/2021 | tu thang 1 den thang 3/2021 = 2021-01/2021-03
Dai hoi nhiem ky 2020-2025 | nhiem ky 2020-2025 = 2020/2025
dau thang 4-2019, Nam 2008 | dau thang 4-2019 = 2019-04 | Nam 2008 = 2008
luc 10h15 sang thu Hai (6/11) | 10h15 sang thu Hai (6/11) = XXXX-11-06T10:15
@sang nay, toi qua duong | sang nay = 2021-03-01
doi tuyen Viet Nam 2021 vo dich
ngay sau khi ve, sang Nam Dinh
Tet Nguyen dan Tan Suu 2021 | Tet Nguyen dan Tan Suu 2021 = 2021
";

#[test]
fn plain_table() {
    use super::find_dates_in;
    use crate::recognize::common::tokens::Lex;
    let rows = crate::recognize::common::tokens::table_rows(PLAIN_CASES);
    for (at_reference, text, want) in rows {
        let found = find_dates_in(&Lex::new_plain(text), at_reference.then_some((2021, 3, 1)));
        let got: Vec<_> = found
            .iter()
            .map(|d| (&text[d.start..d.end], d.value.as_str()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn start_tables_are_sorted_for_binary_search() {
    assert!(super::STARTS.windows(2).all(|w| w[0] < w[1]));
    assert!(
        crate::recognize::number::SPELLED_STARTS
            .windows(2)
            .all(|w| w[0] < w[1])
    );
}

/// Dates and numbers on adversarial input: no panic, and what they return is well formed.
mod adversarial {
    use super::super::find_dates;
    use crate::recognize::number::find_numbers;

    /// Runs both recognizers and checks the shape of what they return.
    fn check(text: &str, reference: Option<(i32, u32, u32)>) {
        let dates = find_dates(text, reference);
        let taken: Vec<_> = dates.iter().map(|d| d.start..d.end).collect();
        let numbers = find_numbers(text, &taken);
        let spans = taken
            .iter()
            .cloned()
            .chain(numbers.iter().map(|n| n.start..n.end));
        let ok = |r: &std::ops::Range<usize>| {
            r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
        };
        assert!(spans.clone().all(|r| ok(&r)), "{text:?}");
        assert!(taken.windows(2).all(|w| w[0].end <= w[1].start), "{text:?}");
        assert!(
            numbers.windows(2).all(|w| w[0].end <= w[1].start),
            "{text:?}"
        );
        assert!(numbers.iter().all(|n| n.value.is_finite()), "{text:?}");
        let free = |n: &crate::recognize::number::NumberFound| {
            taken.iter().all(|d| n.end <= d.start || d.end <= n.start)
        };
        assert!(numbers.iter().all(free), "{text:?}");
    }

    #[test]
    fn adversarial_input_does_not_panic() {
        let long = [
            "9".repeat(10_000),
            ".".repeat(10_000),
            "hai mươi ".repeat(2_000),
            "1.2/3-4,5:6 ".repeat(1_000),
            "ngày 1/1 ".repeat(1_000),
        ];
        let fixed = " ¦1¦/¦1/¦/1¦.¦..¦1.¦.1¦1,¦,5¦1,,¦99999999999999999999999¦0¦00¦0.¦-¦--1¦1--¦\
            1-¦(¦)¦()¦(1/¦%¦1%%¦h¦1h¦1h1¦24h60¦1:¦:1¦1:1:1¦ngày¦ngày 0/0¦ngày 99/99/9999¦tháng¦\
            năm¦từ¦từ năm¦Tết¦mùng¦rằm tháng¦thứ¦thứ Hai (¦giai đoạn 2020 -¦\u{300}\u{301}¦é̂¦\
            𝟙𝟚¦١٢/٣¦+¦+84¦trăm nghìn tỷ¦mười mười mười¦";
        let refs = [
            None,
            Some((2021, 3, 1)),
            Some((i32::MIN, 13, 0)),
            Some((i32::MAX, 12, 31)),
        ];
        for text in fixed.split('¦').chain(long.iter().map(String::as_str)) {
            for r in refs {
                check(text, r);
            }
        }
        let parts: Vec<&str> = "1¦06¦2020¦12¦/¦.¦,¦-¦:¦ ¦(¦)¦%¦h¦ngày¦tháng¦năm¦nay¦từ¦đến¦giờ¦\
            sáng¦thứ¦Hai¦hai¦mươi¦trăm¦nghìn¦rưỡi¦Tết¦âm lịch¦QĐ¦é¦+¦\n"
            .split('¦')
            .collect();
        for a in &parts {
            for b in &parts {
                for c in &parts {
                    check(&format!("{a}{b}{c}"), Some((2021, 1, 1)));
                }
            }
        }
        let mut seed = 0x2545_f491_u64;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let k = usize::try_from(seed >> 33).unwrap_or(0) % parts.len();
                text.push_str(parts[k]);
            }
            check(&text, Some((2020, 2, 29)));
        }
    }
}
