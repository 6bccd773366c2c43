package raingan.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static raingan.ingest.audit.Fixtures.entry;
import static raingan.ingest.audit.Fixtures.key;
import static raingan.ingest.audit.Fixtures.keys;
import static raingan.ingest.audit.Fixtures.project;
import static raingan.ingest.audit.Fixtures.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import raingan.model.Finding;
import raingan.model.ReportRecord;
import raingan.model.Severity;
import raingan.model.Source;
import raingan.model.SourceMethod;
import raingan.model.StatusCategory;
import raingan.model.Strategy;

class SuspectCharactersRuleTest {

    private final SuspectCharactersRule rule = new SuspectCharactersRule();

    @Test
    void laoLookAlikesAndLostCharacterInTheStrategyAreReportedPerField() {
        Strategy damaged = new Strategy("ด้านที่ ๗ ? การบริหารจัดการเมืองมหานคร : Management Strategy",
                "๗.๓ - การบริหารทรัพยากรบุคคล",
                "๗.๓.๑ บุคลากรกรุงเทพมหานครเป็นผู้ปฏิบัติงานแบบมืออาชีพ มีคุณธรรม จริยธรรม และเป็นທີ່",
                "มิติที่ 1. ความสำเร็จ");
        List<Finding> findings = rule.check(record(project().strategy(damaged)));
        assertEquals(List.of(
                key("text.suspect-characters", "/project/strategy/issue", Severity.WARNING),
                key("text.suspect-characters", "/project/strategy/goal", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().contains("'?'") && findings.get(0).message().contains("ด้านที่ ๗ ?"),
                findings.get(0).message());
        assertTrue(findings.get(1).message().contains("Lao") && findings.get(1).message().contains("ທີ່"),
                findings.get(1).message());
    }

    @Test
    void listItemsAndReportFieldsArePointedAtByIndex() {
        ReportRecord record = record(project().rationale(List.of("ปัจจุบันความสัมพันธ์", "สำนักงานการต่าง\uFFFDประเทศ")),
                entry(1, "15/10/2562"),
                entry(2, "18/11/2562").status("ลงนามในสัญญาแล้ว\u0007", StatusCategory.IN_PROGRESS),
                entry(3, "17/12/2562").status("อยู่ระหว่างดำเนินการ ?", StatusCategory.IN_PROGRESS),
                entry(4, "17/1/2563").status("อยู่ระหว่างตรวจรับงาน ក", StatusCategory.IN_PROGRESS));
        assertEquals(List.of(
                key("text.suspect-characters", "/project/rationale/1", Severity.WARNING),
                key("text.suspect-characters", "/reports/1/status", Severity.WARNING),
                key("text.suspect-characters", "/reports/2/status", Severity.WARNING),
                key("text.suspect-characters", "/reports/3/status", Severity.WARNING)), keys(rule.check(record)));
    }

    @Test
    void severalKindsInOneFieldAreOneFinding() {
        List<Finding> findings = rule.check(record(project().name("โครงการ ? แลกเปลี่ยນ\uFFFD")));
        assertEquals(List.of(key("text.suspect-characters", "/project/name", Severity.WARNING)), keys(findings));
        assertTrue(findings.get(0).message().contains("Lao") && findings.get(0).message().contains("U+FFFD"),
                findings.get(0).message());
    }

    @Test
    void ordinaryThaiEnglishAndPunctuationAreFine() {
        ReportRecord record = record(project().name("โครงการพัฒนาเมือง (Bilateral Cooperation) ฯลฯ ต่างๆ ๒๕๖๓"),
                entry(1, "15/10/2562").status("ประกาศกรุงเทพมหานคร เรื่อง มาตรการควบคุมโรค (COVID-19)\nลงวันที่ 27 ก.พ. 63",
                        StatusCategory.SUSPENDED),
                entry(2, "18/11/2562").status("What is the plan? TBD", StatusCategory.OTHER));
        assertEquals(List.of(), rule.check(record));
    }

    @Test
    void dateTextAndSourceAreNotText() {
        ReportRecord record = record(entry(1, null).unreadableDate("1?/10/256?"))
                .withSource(new Source("รายงาน?.txt", "0".repeat(64), "text/plain", 1, SourceMethod.TEXT, null, List.of()));
        assertEquals(List.of(), rule.check(record));
    }
}
