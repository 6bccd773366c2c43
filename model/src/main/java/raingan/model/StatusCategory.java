package raingan.model;

/** What an entry's status text says about the work. */
public enum StatusCategory implements LowerCaseEnum {
    IN_PROGRESS, SUSPENDED, CANCELLED, COMPLETED, NOT_STARTED, OTHER;
}
