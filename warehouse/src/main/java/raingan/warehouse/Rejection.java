package raingan.warehouse;

/**
 * A record that was not loaded; what was stored for its document before is unchanged.
 *
 * @param location the record file, or {@code FILE:LINE} of a JSON Lines file
 * @param reason   why, in words a person can act on
 */
public record Rejection(String location, String reason) {
}
