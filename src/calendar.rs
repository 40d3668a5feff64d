//! The one calendar of the crate: month lengths and day arithmetic, for the reference
//! date of [`Options`](crate::Options) and for the dates the recognizer reads.

/// Is `year` a leap year of the Gregorian calendar?
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in month `month` (1–12) of `year`; February of an unknown year has 29.
pub(crate) fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        2 if year.is_some_and(|y| !is_leap(y)) => 28,
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Is (year, month, day) a real day?
pub(crate) fn is_valid((year, month, day): (i32, u32, u32)) -> bool {
    (1..=12).contains(&month) && (1..=days_in_month(Some(year), month)).contains(&day)
}

/// The day `offset` (−1, 0 or 1) days from the valid day `date`; `None` past the range
/// of `i32` years.
pub(crate) fn shift((y, m, d): (i32, u32, u32), offset: i32) -> Option<(i32, u32, u32)> {
    let dim = |m| days_in_month(Some(y), m);
    Some(match offset {
        1 if d < dim(m) => (y, m, d + 1),
        1 if m < 12 => (y, m + 1, 1),
        1 => (y.checked_add(1)?, 1, 1),
        -1 if d > 1 => (y, m, d - 1),
        -1 if m > 1 => (y, m - 1, dim(m - 1)),
        -1 => (y.checked_sub(1)?, 12, 31),
        _ => (y, m, d),
    })
}

/// The day of the week of a valid day: 1 for Monday ... 7 for Sunday (Sakamoto's rule).
pub(crate) fn day_of_week((y, m, d): (i32, u32, u32)) -> u32 {
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = i64::from(y) - i64::from(m < 3);
    let m = usize::try_from(m.clamp(1, 12) - 1).unwrap_or(0);
    let sunday0 =
        (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + T[m] + i64::from(d))
            .rem_euclid(7);
    u32::try_from(sunday0).map_or(7, |n| if n == 0 { 7 } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_leap_years() {
        assert_eq!(days_in_month(Some(2024), 2), 29);
        assert_eq!(days_in_month(Some(2023), 2), 28);
        assert_eq!(days_in_month(Some(1900), 2), 28);
        assert_eq!(days_in_month(Some(2000), 2), 29);
        assert_eq!(days_in_month(None, 2), 29);
        assert_eq!(days_in_month(None, 4), 30);
        assert!(is_valid((2024, 2, 29)) && !is_valid((2023, 2, 29)) && !is_valid((2023, 13, 1)));
    }

    #[test]
    fn days_of_the_week() {
        assert_eq!(day_of_week((2024, 2, 29)), 4);
        assert_eq!(day_of_week((2000, 1, 1)), 6);
        assert_eq!(day_of_week((2021, 3, 7)), 7);
        assert_eq!(day_of_week((2026, 12, 7)), 1);
    }

    #[test]
    fn days_shift_across_months_and_years() {
        assert_eq!(shift((2021, 3, 1), -1), Some((2021, 2, 28)));
        assert_eq!(shift((2020, 12, 31), 1), Some((2021, 1, 1)));
        assert_eq!(shift((2021, 1, 1), -1), Some((2020, 12, 31)));
        assert_eq!(shift((2024, 2, 28), 1), Some((2024, 2, 29)));
        assert_eq!(shift((i32::MAX, 12, 31), 1), None);
    }
}
