from rounds_app.domain.names import called, full_name, initials


def test_western_names_put_the_given_name_first() -> None:
    assert full_name("Zoë", "Muñoz") == "Zoë Muñoz"
    assert initials("zoë", "muñoz") == "ZM"
    assert full_name("Ελένη", "Παπαδοπούλου") == "Ελένη Παπαδοπούλου"


def test_cjk_names_put_the_family_name_first_without_a_space() -> None:
    assert full_name("秀英", "王") == "王秀英"
    assert full_name("花子", "佐藤") == "佐藤花子"
    assert initials("秀英", "王") == "王秀"


def test_arabic_initials_stay_two_letters_instead_of_joining_into_a_word() -> None:
    assert initials("يوسف", "الأحمد") == "ي ا"
    assert initials("yusuf", "الأحمد") == "Yا"


def test_a_latin_preferred_name_with_a_cjk_family_name_keeps_western_order() -> None:
    assert full_name("Lily", "王") == "Lily 王"


def test_a_form_of_address_holding_the_family_name_stands_alone() -> None:
    assert called("李老师", "淑芬", "李") == "李老师"
    assert called("Leni", "Ελένη", "Παπαδοπούλου") == "Leni Παπαδοπούλου"
    assert called("", "秀英", "王") == "王秀英"
