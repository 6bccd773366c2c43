package raingan.testdata.render;

/** An external program a renderer needs is not installed; the message names its Debian package. */
public class ToolMissingException extends RenderException {

    private final String debianPackage;

    public ToolMissingException(String command, String debianPackage) {
        super(command + " is not installed (not found on PATH): install the Debian package '" + debianPackage
                + "' (apt-get install " + debianPackage + ", or scripts/install-os-deps --dev)");
        this.debianPackage = debianPackage;
    }

    public String debianPackage() {
        return debianPackage;
    }
}
