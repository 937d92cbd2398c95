package app.clientele.exchange;

import java.util.List;

/**
 * What a column of an unknown CSV file holds, for the column-mapping step. Each field lists the
 * column names (English and Korean, compared without case, spaces or punctuation) it is guessed from.
 */
public enum ContactField implements ColumnTarget {
    IGNORE(),
    DISPLAY_NAME("name", "full name", "display name", "contact", "contact name", "이름", "성명", "고객명", "표시 이름"),
    FAMILY_NAME("last name", "family name", "surname", "last", "성"),
    GIVEN_NAME("first name", "given name", "first", "forename", "이름(名)"),
    HONORIFIC("prefix", "salutation", "name prefix", "호칭", "경칭"),
    NICKNAME("nickname", "nick", "별명", "애칭"),
    ORGANISATION("company", "organisation", "organization", "business", "employer", "회사", "회사명", "소속", "직장"),
    JOB_TITLE("title", "job title", "position", "role", "job", "직함", "직책", "직위"),
    EMAIL("email", "e-mail", "email address", "e-mail address", "mail", "이메일", "메일", "전자우편"),
    WORK_EMAIL("work email", "business email", "회사 이메일"),
    HOME_EMAIL("home email", "personal email", "개인 이메일"),
    PHONE("phone", "telephone", "tel", "phone number", "전화", "전화번호", "연락처"),
    MOBILE_PHONE("mobile", "mobile phone", "cell", "cell phone", "cellphone", "휴대폰", "휴대전화", "핸드폰", "휴대폰 번호"),
    WORK_PHONE("work phone", "business phone", "office phone", "회사 전화", "직장 전화"),
    HOME_PHONE("home phone", "집 전화", "자택 전화"),
    FAX("fax", "fax number", "팩스"),
    STREET("street", "address", "street address", "address line 1", "주소", "도로명주소"),
    UNIT("unit", "address line 2", "apartment", "suite", "상세주소", "동호수"),
    CITY("city", "town", "locality", "시군구", "도시"),
    REGION("state", "region", "province", "county", "시도", "도"),
    POSTCODE("postcode", "postal code", "zip", "zip code", "우편번호"),
    COUNTRY("country", "country/region", "국가", "나라"),
    BIRTHDAY("birthday", "birth date", "date of birth", "dob", "생일", "생년월일"),
    TAGS("tags", "tag", "labels", "categories", "groups", "group", "태그", "분류", "그룹"),
    NOTES("notes", "note", "comments", "memo", "remarks", "메모", "비고", "참고"),
    SOURCE("source", "lead source", "referred by", "유입 경로", "출처"),
    ACCOUNT_OWNER("account owner", "owner", "manager", "담당자");

    private final List<String> names;

    ContactField(String... names) {
        this.names = List.of(names);
    }

    /** The field a column name suggests, or {@link #IGNORE}. */
    public static ContactField guess(String columnName) {
        String key = CsvLayouts.columnKey(columnName);
        // "E-mail 2", "Phone 3": numbered columns hold more of the same; "Emails" holds several.
        String unnumbered = key.replaceAll("\\d+$", "");
        String singular = unnumbered.endsWith("s") ? unnumbered.substring(0, unnumbered.length() - 1) : unnumbered;
        for (String candidate : java.util.List.of(key, unnumbered, singular)) {
            for (ContactField field : values()) {
                if (field.names.stream().map(CsvLayouts::columnKey).anyMatch(candidate::equals)) {
                    return field;
                }
            }
        }
        return IGNORE;
    }

    /** Whether a column of this field may hold several values, separated by " ::: " or ";". */
    boolean isMultiValued() {
        return name().endsWith("EMAIL") || name().endsWith("PHONE") || this == FAX || this == TAGS;
    }

    String label() {
        return switch (this) {
            case WORK_EMAIL, WORK_PHONE -> "work";
            case HOME_EMAIL, HOME_PHONE -> "home";
            case MOBILE_PHONE -> "mobile";
            case FAX -> "fax";
            default -> "";
        };
    }
}
