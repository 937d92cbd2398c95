package app.clientele.demo;

import app.clientele.domain.Birthday;
import app.clientele.domain.Channel;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomValues;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ConsentMethod;
import app.clientele.domain.CustomerType;
import app.clientele.domain.Direction;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Interaction;
import app.clientele.domain.NameOrder;
import app.clientele.domain.NewsletterChannel;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Priority;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.domain.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic made-up clients and history for trying Clientele and for benchmarks: Korean and
 * Western names, companies, addresses, birthdays (some lunar, some without a year, some on
 * 29 February), tags and ten years of interactions. The same seed and day give the same data.
 * Emails use the example domains reserved for documentation, and Western phone numbers the
 * ranges reserved for fiction, so no real person is ever contacted.
 */
public final class DemoData {
    private static final String[] KOREAN_FAMILY = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한",
            "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남"};
    private static final String[] KOREAN_SYLLABLES = {"민", "서", "지", "현", "준", "우", "예", "도", "하", "윤", "수",
            "진", "영", "재", "성", "은", "경", "혜", "정", "호", "승", "태", "동", "상", "유", "연", "아", "희", "나",
            "소", "다", "채", "원", "주", "시", "건", "규", "한", "빈", "별"};
    private static final String[] WESTERN_GIVEN = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer",
            "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Daniel", "Karen", "Matthew", "Emma", "José", "Chloé", "Zoë", "Søren", "Ana"};
    private static final String[] WESTERN_FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Martínez", "Wilson", "Anderson", "Taylor", "Moore", "Martin", "Lee", "Thompson",
            "White", "Harris", "Clark", "Lewis", "Walker", "Müller", "Dubois", "O'Brien", "Kowalski"};
    private static final String[] KOREAN_FIRM_START = {"한빛", "새봄", "푸른", "대한", "미래", "하나", "누리", "다온",
            "가온", "해솔", "온새미", "별빛"};
    private static final String[] KOREAN_FIRM_END = {"세무회계", "디자인", "상사", "건축", "컨설팅", "법률사무소",
            "보험", "스튜디오", "무역", "의원", "치과", "부동산"};
    private static final String[] WESTERN_FIRM_START = {"Acme", "Northwind", "Blue Harbor", "Summit", "Oak & Finch",
            "Redwood", "Silver Lake", "Granite", "Harbor Light", "Meadow"};
    private static final String[] WESTERN_FIRM_END = {"Ltd", "LLC", "Partners", "Group", "Studio", "Consulting",
            "Holdings", "& Co."};
    private static final String[] TITLES = {"대표", "실장", "팀장", "과장", "원장", "Owner", "Director", "Manager",
            "Partner", "Accountant"};
    private static final String[][] KOREAN_PLACES = {
            {"서울특별시", "중구", "세종대로"}, {"서울특별시", "강남구", "테헤란로"}, {"서울특별시", "마포구", "월드컵로"},
            {"서울특별시", "송파구", "올림픽로"}, {"부산광역시", "해운대구", "해운대로"}, {"경기도", "성남시 분당구", "판교역로"},
            {"인천광역시", "연수구", "컨벤시아대로"}, {"대구광역시", "수성구", "달구벌대로"}, {"대전광역시", "유성구", "대학로"}};
    private static final String[][] WESTERN_PLACES = {{"London", null, "United Kingdom", "High Street"},
            {"San Francisco", "CA", "United States", "Market Street"}, {"Berlin", null, "Germany", "Friedrichstraße"},
            {"Toronto", "ON", "Canada", "King Street"}, {"Sydney", "NSW", "Australia", "George Street"}};
    private static final String[] TAGS = {"VIP", "세무", "보험", "법률", "디자인", "추천", "tax", "audit", "wedding",
            "family", "seminar-2025", "newsletter", "referral"};
    private static final String[] SOURCES = {"지인 소개", "웹사이트", "세미나", "Referral", "Website", "Event",
            "Walk-in"};
    private static final String[] OWNERS = {"김지현", "이준호", "Sarah Kim", "Tom Baker"};
    private static final String[] SUBJECTS_KO = {"종합소득세 상담", "계약서 검토", "보험 갱신 안내", "분기 결산 보고",
            "견적 문의", "일정 조율", "자료 요청", "감사 인사"};
    private static final String[] SUBJECTS_EN = {"Tax return review", "Contract questions", "Policy renewal",
            "Quarterly report", "Quote request", "Scheduling", "Documents needed", "Thank-you note"};
    private static final Channel[] CHANNELS = {Channel.PHONE_CALL, Channel.PHONE_CALL, Channel.PHONE_CALL,
            Channel.EMAIL, Channel.EMAIL, Channel.MEETING, Channel.MESSAGE, Channel.CHAT, Channel.VISIT,
            Channel.LETTER, Channel.SOCIAL_MEDIA, Channel.OTHER};

    private final SplittableRandom random;
    private final LocalDate today;
    private final ZoneId zone;

    public DemoData(long seed, LocalDate today, ZoneId zone) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.zone = zone;
    }

    /** The client with this number: about two in three Korean, the rest Western; a few are organisations. */
    public Client client(int number) {
        boolean korean = random.nextInt(3) < 2;
        boolean business = random.nextInt(10) < 3;
        boolean organisation = business && random.nextInt(3) == 0;
        ClientName name = organisation ? ClientName.of(firm(korean)) : korean ? koreanName() : westernName();
        String employer = !organisation && (business || random.nextBoolean()) ? firm(korean) : null;
        return new Client(null, 0, name, employer, employer == null ? null : pick(TITLES),
                random.nextInt(10) < 6 ? Relationship.CLIENT : Relationship.CUSTOMER,
                business ? Segment.BUSINESS : Segment.INDIVIDUAL, random.nextInt(50) == 0, customerType(),
                emails(number), phones(korean), address(korean), organisation ? null : birthday(korean), tags(),
                pick(SOURCES), pick(OWNERS), random.nextInt(4) == 0 ? "Prefers calls in the morning." : null,
                null, null, random.nextInt(40) == 0,
                organisation ? ClientKind.ORGANISATION : ClientKind.PERSON, CustomValues.NONE);
    }

    /** {@code count} interactions spread over the clients (some have many, many have few) and ten years. */
    public List<Interaction> interactions(List<ClientRef> clients, int count) {
        List<Interaction> interactions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClientRef client = clients.get((int) (clients.size() * Math.pow(random.nextDouble(), 2.5)));
            interactions.add(interaction(List.of(client), random.nextInt(3650)));
        }
        return interactions;
    }

    /** One client's long history: {@code count} interactions over ten years. */
    public List<Interaction> history(ClientRef client, int count) {
        List<Interaction> interactions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            interactions.add(interaction(List.of(client), random.nextInt(3650)));
        }
        return interactions;
    }

    private Interaction interaction(List<ClientRef> participants, int daysAgo) {
        Instant when = today.minusDays(daysAgo).atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
        boolean korean = random.nextBoolean();
        Integer satisfaction = random.nextInt(10) < 4 ? 1 + (int) (5 * Math.sqrt(random.nextDouble())) : null;
        return new Interaction(null, 0, participants, when, pick(CHANNELS),
                random.nextInt(3) == 0 ? Direction.INBOUND : Direction.OUTBOUND,
                korean ? pick(SUBJECTS_KO) : pick(SUBJECTS_EN), random.nextInt(3) == 0 ? "Discussed next steps." : null,
                random.nextInt(4) == 0 ? "Agreed" : null, satisfaction, null, null, null);
    }

    /** Open follow-ups around today (some overdue) and some done ones. */
    public List<FollowUp> followUps(List<ClientRef> clients, int count) {
        List<FollowUp> followUps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClientRef client = clients.get(random.nextInt(clients.size()));
            boolean open = random.nextInt(3) > 0;
            LocalDate due = today.plusDays(random.nextInt(60) - 30);
            followUps.add(new FollowUp(null, 0, client, null, random.nextBoolean() ? "자료 보내기" : "Call back",
                    null, due, random.nextBoolean() ? LocalTime.of(9 + random.nextInt(8), 0) : null,
                    Priority.values()[random.nextInt(3)], open ? FollowUpStatus.OPEN : FollowUpStatus.DONE,
                    open ? null : due.atStartOfDay(zone).toInstant(), null, null));
        }
        return followUps;
    }

    /** Email newsletter consents for about a third of the clients. */
    public List<Subscription> subscriptions(List<ClientRef> clients) {
        List<Subscription> consents = new ArrayList<>();
        for (ClientRef client : clients) {
            if (random.nextInt(3) == 0) {
                LocalDate consent = today.minusDays(1 + random.nextInt(1500));
                consents.add(new Subscription(null, 0, client.id(), NewsletterChannel.EMAIL, consent,
                        ConsentMethod.values()[random.nextInt(3)],
                        random.nextInt(10) == 0 ? consent.plusDays(random.nextInt(200)) : null, null));
            }
        }
        return consents;
    }

    private ClientName koreanName() {
        String family = pick(KOREAN_FAMILY);
        String given = pick(KOREAN_SYLLABLES) + pick(KOREAN_SYLLABLES);
        String honorific = random.nextInt(5) == 0 ? pick(new String[] {"님", "대표님", "선생님"}) : null;
        return new ClientName("", family, given, NameOrder.FAMILY_FIRST, honorific, null);
    }

    private ClientName westernName() {
        String honorific = random.nextInt(5) == 0 ? pick(new String[] {"Mr", "Ms", "Dr"}) : null;
        return new ClientName("", pick(WESTERN_FAMILY), pick(WESTERN_GIVEN), NameOrder.GIVEN_FIRST, honorific, null);
    }

    private String firm(boolean korean) {
        return korean ? pick(KOREAN_FIRM_START) + pick(KOREAN_FIRM_END) : pick(WESTERN_FIRM_START) + " " + pick(WESTERN_FIRM_END);
    }

    private CustomerType customerType() {
        int roll = random.nextInt(20);
        return roll < 6 ? CustomerType.NEW : roll < 9 ? CustomerType.IMPULSE : roll < 10 ? CustomerType.UNHAPPY
                : roll < 13 ? CustomerType.PERSISTENT : CustomerType.LOYAL;
    }

    private List<EmailAddress> emails(int number) {
        if (random.nextInt(10) == 0) {
            return List.of();
        }
        String domain = pick(new String[] {"example.com", "example.kr", "example.net", "example.org"});
        List<EmailAddress> emails = new ArrayList<>();
        emails.add(new EmailAddress("work", "client" + number + "@" + domain, true));
        if (random.nextInt(4) == 0) {
            emails.add(new EmailAddress("home", "c" + number + ".home@example.com", false));
        }
        return emails;
    }

    private List<PhoneNumber> phones(boolean korean) {
        List<PhoneNumber> phones = new ArrayList<>();
        if (korean) {
            phones.add(new PhoneNumber("mobile", String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000))));
            if (random.nextInt(3) == 0) {
                phones.add(new PhoneNumber("work", String.format("02-%03d-%04d", 200 + random.nextInt(800), random.nextInt(10_000))));
            }
        } else {
            phones.add(new PhoneNumber("mobile", String.format("+1 415-555-01%02d", random.nextInt(100))));
        }
        return phones;
    }

    private PostalAddress address(boolean korean) {
        if (random.nextInt(5) == 0) {
            return PostalAddress.EMPTY;
        }
        if (korean) {
            String[] place = KOREAN_PLACES[random.nextInt(KOREAN_PLACES.length)];
            return new PostalAddress(place[2] + " " + (1 + random.nextInt(300)), (1 + random.nextInt(20)) + "층",
                    place[1], place[0], String.format("%05d", 1000 + random.nextInt(60_000)), "대한민국");
        }
        String[] place = WESTERN_PLACES[random.nextInt(WESTERN_PLACES.length)];
        return new PostalAddress((1 + random.nextInt(500)) + " " + place[3], null, place[0], place[1],
                String.format("%05d", random.nextInt(100_000)), place[2]);
    }

    private Birthday birthday(boolean korean) {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return null;
        }
        if (roll < 17) {
            int leapYear = 1960 + 4 * random.nextInt(12);
            return Birthday.solar(2, 29, random.nextBoolean() ? leapYear : null);
        }
        Integer year = roll < 35 ? null : today.getYear() - 20 - random.nextInt(60);
        int month = 1 + random.nextInt(12);
        if (korean && roll > 90) {
            return new Birthday(month, 1 + random.nextInt(29), year, true, false);
        }
        int day = 1 + random.nextInt(java.time.Month.of(month).length(year != null && Year.isLeap(year)));
        return Birthday.solar(month, day, year);
    }

    private List<String> tags() {
        int count = random.nextInt(4);
        List<String> tags = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tags.add(pick(TAGS));
        }
        return tags;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Channel pick(Channel[] values) {
        return values[random.nextInt(values.length)];
    }
}
