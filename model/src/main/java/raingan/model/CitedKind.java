package raingan.model;

/** หนังสือ (letter), คำสั่ง (order), ประกาศ (announcement). */
public enum CitedKind implements LowerCaseEnum {
    LETTER, ORDER, ANNOUNCEMENT;
}
