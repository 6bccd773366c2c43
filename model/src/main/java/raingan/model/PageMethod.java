package raingan.model;

/** How one page was read: {@code text} from a text layer or a text file, {@code ocr} from its image. */
public enum PageMethod implements LowerCaseEnum {
    TEXT, OCR;
}
