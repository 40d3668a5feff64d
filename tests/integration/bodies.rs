//! Organizations and places in news shapes (issue 19): fused city forms inside bodies,
//! bodies whose names hold lower-case words that are also heads. Every row also runs as
//! NFD, with `Ð` for `Đ`, in old tone placement and in capitals where it can hold. The
//! sentences are our own.

use nhan::Kind::*;

use super::places::{expect, reject, row};

const CAPS: &str = "an organization head in capitals is a heading, not a name";

#[test]
fn the_fused_city_form_is_one_place_inside_bodies() {
    expect(&[
        row("Đoàn khách rời TP. HCM sáng nay.", Location, "TP. HCM")
            .with("canonical", "Thành phố Hồ Chí Minh"),
        row("Giá nhà ở TPHCM tiếp tục tăng.", Location, "TPHCM").with("level", "thành phố"),
        row(
            "Phòng CSGT Công an TP.HCM ra quân đầu năm.",
            Organization,
            "Phòng CSGT Công an TP.HCM",
        )
        .no_caps(CAPS),
        row(
            "Phòng CSGT Công an TP.HCM ra quân đầu năm.",
            Organization,
            "Công an TP.HCM",
        ),
        row(
            "Chủ tịch UBND TP.HCM Phan Văn Mãi dự lễ.",
            Organization,
            "UBND TP.HCM",
        ),
        row(
            "Sở Y tế Tp.HCM khuyến cáo người dân.",
            Organization,
            "Sở Y tế Tp.HCM",
        )
        .no_caps(CAPS),
    ]);
    // The level word and the fused name are one place: no place `HCM` inside it.
    reject(&[row("Ông đến TP.HCM hôm qua.", Location, "HCM")]);
    // An abbreviation that names a place as a whole is a place; a type word is not.
    expect(&[
        row("Hàng từ VN sang TQ tăng mạnh.", Location, "VN").with("canonical", "Việt Nam"),
        row("Lúa ở ĐBSCL được mùa.", Location, "ĐBSCL"),
    ]);
    reject(&[row(
        "Nhà máy trong KCN Tân Tạo hoạt động lại.",
        Location,
        "KCN",
    )]);
}

#[test]
fn a_lower_case_word_that_is_also_a_head_stays_in_the_name() {
    expect(&[row(
        "Trung tâm Nghiên cứu Môi trường và Cộng đồng công bố khảo sát.",
        Organization,
        "Trung tâm Nghiên cứu Môi trường và Cộng đồng",
    )
    .no_caps(CAPS)]);
}

#[test]
fn roads_and_landmarks_are_places_without_their_type_word() {
    expect(&[
        row(
            "Xe buýt chạy trên đường Võ Văn Kiệt về trung tâm.",
            Location,
            "Võ Văn Kiệt",
        )
        .with("level", "đường")
        .no_caps("in capitals the type word reads as part of the name"),
        row("Khách dạo quanh hồ Hoàn Kiếm.", Location, "Hoàn Kiếm")
            .with("level", "hồ")
            .no_caps("in capitals the type word reads as part of the name"),
        row(
            "Quán cà phê trên phố Nhật Tân đông khách.",
            Location,
            "Nhật Tân",
        )
        .no_caps("in capitals the type word reads as part of the name"),
        row(
            "Đoàn đại biểu vào Phủ Chủ tịch dâng hương.",
            Location,
            "Phủ Chủ tịch",
        )
        .with("canonical", "Phủ Chủ tịch")
        .no_caps("in capitals the title word is read first"),
    ]);
    // The person named by the road is no person there; a numbered road is no place.
    reject(&[
        row(
            "Xe buýt chạy trên đường Võ Văn Kiệt về trung tâm.",
            Person,
            "Võ Văn Kiệt",
        ),
        row("Nhà ông ở đường 32 gần chợ.", Location, "32"),
        row("Bộ yêu cầu Apple nộp thuế.", Location, "Apple"),
    ]);
}

#[test]
fn bodies_a_list_names_and_firms_after_their_type() {
    expect(&[
        row(
            "Cổ phiếu của Apple và Google cùng tăng.",
            Organization,
            "Apple",
        ),
        row(
            "Chelsea thắng Man City trên sân nhà.",
            Organization,
            "Man City",
        ),
        row(
            "Công ty TNHH Minh Long ký hợp đồng mới.",
            Organization,
            "Công ty TNHH Minh Long",
        )
        .no_caps(CAPS),
    ]);
    // A firm's name after its type is no person.
    reject(&[row(
        "Công ty TNHH Minh Long ký hợp đồng mới.",
        Person,
        "Minh Long",
    )]);
}

#[test]
fn a_country_after_an_office_or_a_word_that_is_never_a_name() {
    expect(&[
        row(
            "Tổng thống Pháp Emmanuel Macron thăm Việt Nam.",
            Location,
            "Pháp",
        )
        .no_caps("in capitals every word is capitalised"),
        row("Ở Mỹ, giá xăng tăng.", Location, "Mỹ")
            .no_caps("in capitals every word is capitalised"),
    ]);
}

#[test]
fn in_capitals_only_a_known_place_follows_a_level_word() {
    expect(&[row(
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG THÔNG BÁO",
        Location,
        "HÀ GIANG",
    )
    .with("canonical", "Hà Giang")]);
    reject(&[
        row(
            "LÃNH ĐẠO UBND TỈNH CHẤP HÀNH ĐÚNG QUY ĐỊNH",
            Location,
            "CHẤP HÀNH",
        ),
        row("THEO ĐƯỜNG LỐI CỦA ĐẢNG", Location, "LỐI CỦA ĐẢNG"),
    ]);
}

#[test]
fn without_marks_a_level_word_that_is_also_a_word_needs_a_known_unit() {
    // `den` (đến, đền), `uy ban kiem` (kiểm), `bo` (bộ): no unit of that level follows.
    reject(&[
        row(
            "Sau do anh ta da den Cong an huyen de trinh dien.",
            Location,
            "Cong",
        ),
        row(
            "Uy ban Kiem tra Trung uong da hop ky thu ba.",
            Location,
            "Kiem",
        ),
    ]);
    // A unit some list knows still follows its level word.
    expect(&[row(
        "Doan cong tac ve quan Ba Dinh sang nay.",
        Location,
        "Ba Dinh",
    )
    .with("canonical", "Ba Đình")]);
}

#[test]
fn age_group_teams_are_bodies_with_their_place_inside() {
    expect(&[
        row(
            "Tối qua U23 Việt Nam thắng U23 Thái Lan hai bàn.",
            Organization,
            "U23 Việt Nam",
        ),
        row(
            "Tối qua U23 Việt Nam thắng U23 Thái Lan hai bàn.",
            Organization,
            "U23 Thái Lan",
        ),
        row(
            "Tối qua U23 Việt Nam thắng U23 Thái Lan hai bàn.",
            Location,
            "Việt Nam",
        ),
        row(
            "Hai cầu thủ U21 Hà Nội lên tuyển.",
            Organization,
            "U21 Hà Nội",
        ),
    ]);
    // A model number before a place is no team.
    reject(&[row(
        "Máy bay U2 Mỹ bay qua vùng biển.",
        Organization,
        "U2 Mỹ",
    )]);
}

#[test]
fn a_head_in_lower_case_after_an_office_or_before_its_level_starts_a_body() {
    expect(&[
        row(
            "Ông Trần Văn Nam, Giám đốc sở Tài chính tỉnh Nam Định, phát biểu.",
            Organization,
            "sở Tài chính tỉnh Nam Định",
        )
        .no_caps(CAPS),
        row(
            "Bà Lan, nguyên Cục trưởng cục Thuế tỉnh Bắc Ninh, đã nghỉ hưu.",
            Organization,
            "cục Thuế tỉnh Bắc Ninh",
        )
        .no_caps(CAPS),
        row(
            "Anh ấy đã đến công an huyện Gia Lâm trình báo.",
            Organization,
            "công an huyện Gia Lâm",
        ),
    ]);
    // A head that ends the office's own name (`Trưởng phòng`) starts no body there.
    reject(&[row(
        "Ông Tâm giữ chức Trưởng phòng Phòng chống tội phạm ma túy.",
        Organization,
        "phòng Phòng chống",
    )]);
    // Without an office before it, a lower-case head that needs a name starts nothing.
    reject(&[row(
        "Người dân lên sở Tài chính hỏi thủ tục.",
        Organization,
        "sở Tài chính",
    )
    .no_caps("in capitals the head reads as written capitalised")]);
}

#[test]
fn in_capitals_a_body_ends_where_no_list_knows_the_place() {
    let input = "HĐND TP VỀ VIỆC BẦU THÊM MỘT ỦY VIÊN UBND TP ĐỐI VỚI BÀ LÊ THỊ AN.";
    expect(&[
        row(input, Organization, "HĐND TP"),
        row(input, Organization, "UBND TP"),
    ]);
    reject(&[
        row(input, Organization, "HĐND TP VỀ VIỆC BẦU BỔ"),
        row(input, Location, "ĐỐI VỚI"),
        // A word inside a body's own word starts no body: `PHÒNG` in `ĐỒN BIÊN PHÒNG`.
        row(
            "ĐỒN TRƯỞNG ĐỒN BIÊN PHÒNG CỬA KHẨU CẦU TREO ĐÃ ĐẾN HIỆN TRƯỜNG.",
            Organization,
            "PHÒNG CỬA KHẨU",
        ),
    ]);
}

#[test]
fn a_body_in_capitals_or_without_marks_takes_the_canonical_form_lists_decide() {
    // The capitals variant of every row must give the same canonical form.
    expect(&[
        row(
            "Công an tỉnh Quảng Ngãi tu bổ trụ sở.",
            Organization,
            "Công an tỉnh Quảng Ngãi",
        )
        .with("canonical", "Công an tỉnh Quảng Ngãi"),
        row(
            "Hôm qua UBND huyện Vị Xuyên họp.",
            Organization,
            "UBND huyện Vị Xuyên",
        )
        .with("canonical", "Ủy ban nhân dân huyện Vị Xuyên"),
    ]);
    expect(&[
        row(
            "Chu tich UBND tinh Quang Ngai va So Tu phap tinh Ha Giang hop.",
            Organization,
            "UBND tinh Quang Ngai",
        )
        .with("canonical", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
        row(
            "Chu tich UBND tinh Quang Ngai va So Tu phap tinh Ha Giang hop.",
            Organization,
            "So Tu phap tinh Ha Giang",
        )
        .with("canonical", "Sở Tư pháp tỉnh Hà Giang"),
    ]);
}

#[test]
fn an_abbreviated_centre_completes_a_body_and_is_no_body_there() {
    let input = "Ông Võ Văn Thưởng, Trưởng Ban Tuyên giáo T.Ư, Bí thư T.Ư Đảng, dự lễ.";
    expect(&[
        row(input, Organization, "T.Ư Đảng").with("canonical", "Trung ương Đảng"),
        row(input, Organization, "Ban Tuyên giáo T.Ư")
            .with("canonical", "Ban Tuyên giáo Trung ương"),
        row(
            "Sáng nay Ủy ban Kiểm tra Trung ương họp.",
            Organization,
            "Ủy ban Kiểm tra Trung ương",
        ),
    ]);
    reject(&[
        row("Trưởng Ban Tuyên giáo T.Ư dự lễ.", Organization, "T.Ư"),
        row(
            "Sáng nay Ủy ban Kiểm tra Trung ương họp.",
            Organization,
            "Trung ương",
        ),
    ]);
}

#[test]
fn a_body_right_after_an_office_is_an_organization() {
    expect(&[
        row(
            "Ông Nguyễn Văn An, Đồn trưởng Đồn Biên phòng cửa khẩu Lao Bảo, cho biết.",
            Organization,
            "Đồn Biên phòng cửa khẩu Lao Bảo",
        ),
        row(
            "Thượng tá Lê Minh, Thủ trưởng Cơ quan CSĐT, cho biết.",
            Organization,
            "Cơ quan CSĐT",
        ),
        row(
            "Ông Hòa, Cục trưởng Cục Hải quan Trần Văn Cường cho biết số thu tăng.",
            Organization,
            "Cục Hải quan",
        )
        .no_caps("in capitals the holder's name reads as part of the body"),
        row(
            "Ông Hòa, Cục trưởng Cục Hải quan Trần Văn Cường cho biết số thu tăng.",
            Person,
            "Trần Văn Cường",
        )
        .no_caps("in capitals the holder's name reads as part of the body"),
    ]);
    // In capitals a word that starts what is said still ends the body.
    expect(&[row(
        "ĐỒN PHÓ ĐỒN BIÊN PHÒNG NẬM CẮN ĐÃ BỊ KỶ LUẬT",
        Organization,
        "ĐỒN BIÊN PHÒNG NẬM CẮN",
    )]);
}

#[test]
fn a_single_body_named_in_full_is_no_long_form() {
    expect(&[row(
        "Ban Bí thư đã họp về công tác cán bộ.",
        Organization,
        "Ban Bí thư",
    )]);
    reject(&[row(
        "Ban Bí thư đã họp về công tác cán bộ.",
        LongForm,
        "Ban Bí thư",
    )]);
}

const LIST_NAME: &str = "in capitals a long form after a head may be a common phrase, a body only \
                         with a place after it";

#[test]
fn a_group_named_in_full_after_its_head_is_an_organization() {
    expect(&[
        row(
            "Tập đoàn Điện lực Việt Nam cho biết sản lượng điện tăng.",
            Organization,
            "Tập đoàn Điện lực Việt Nam",
        )
        .no_caps(LIST_NAME),
        row(
            "Theo Tập đoàn Dầu khí Việt Nam, giá dầu thô giảm.",
            Organization,
            "Tập đoàn Dầu khí Việt Nam",
        )
        .no_caps(LIST_NAME),
        // A common phrase after the head is a body with its level and place.
        row(
            "Cháu bé được đưa vào Bệnh viện đa khoa huyện Côn Đảo cấp cứu.",
            Organization,
            "Bệnh viện đa khoa huyện Côn Đảo",
        ),
        // The long form stays beside the body.
        row(
            "Theo Tập đoàn Dầu khí Việt Nam, giá dầu thô giảm.",
            LongForm,
            "Tập đoàn Dầu khí Việt Nam",
        ),
    ]);
    // Without a place, a phrase of common words after the head is no body.
    reject(&[row(
        "Sau hai ngày làm việc, Hội đồng xét xử đã tuyên án.",
        Organization,
        "Hội đồng xét xử",
    )]);
}
