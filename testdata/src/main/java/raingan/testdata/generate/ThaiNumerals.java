package raingan.testdata.generate;

/** Arabic digits written as Thai digits (๐–๙), as the form prints strategy numbers and some dates. */
final class ThaiNumerals {

    private ThaiNumerals() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
        }
        return sb.toString();
    }

    static String of(int number) {
        return of(Integer.toString(number));
    }
}
