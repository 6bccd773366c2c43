package raingan.model;

/**
 * {@code error}: the report contradicts itself or cannot be true; {@code warning}: suspicious;
 * {@code info}: something repaired on the way in.
 */
public enum Severity implements LowerCaseEnum {
    ERROR, WARNING, INFO;
}
