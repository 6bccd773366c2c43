package raingan.testdata.generate;

import java.util.List;

/**
 * A BMA unit that runs projects, top first ({@code สำนักการโยธา / สำนักงานก่อสร้างและบูรณะ /
 * ส่วนก่อสร้าง 1}), with the first four digits of its project codes and the kinds of project
 * it runs. Parts are templates: {@code {khet}} is the district, {@code {unit}} a unit number,
 * {@code {hospital}} a hospital; in the code prefix {@code {kk}} is the district's number.
 */
record Agency(List<String> parts, String codePrefix, List<Theme> themes) {

    static final List<Agency> ALL = List.of(
            new Agency(List.of("สำนักการโยธา", "สำนักงานก่อสร้างและบูรณะ", "ส่วนก่อสร้าง {unit}"), "1102",
                    List.of(Theme.ROAD)),
            new Agency(List.of("สำนักการโยธา", "สำนักงานวิศวกรรมทาง", "ส่วนปรับปรุงและบำรุงรักษาทาง"), "1102",
                    List.of(Theme.ROAD)),
            new Agency(List.of("สำนักการระบายน้ำ", "สำนักงานก่อสร้างและบูรณะ", "ส่วนก่อสร้างระบบระบายน้ำ"), "1103",
                    List.of(Theme.DRAINAGE)),
            new Agency(List.of("สำนักการระบายน้ำ", "สำนักงานระบบควบคุมน้ำท่วม", "ส่วนควบคุมระบบระบายน้ำ"), "1103",
                    List.of(Theme.DRAINAGE)),
            new Agency(List.of("สำนักการระบายน้ำ", "สำนักงานระบายน้ำ", "ส่วนระบายน้ำ {unit}"), "1103",
                    List.of(Theme.DRAINAGE)),
            new Agency(List.of("สำนักงานเขต{khet}", "ฝ่ายโยธา"), "50{kk}", List.of(Theme.ROAD, Theme.DRAINAGE)),
            new Agency(List.of("สำนักงานเขต{khet}", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"), "50{kk}",
                    List.of(Theme.PARK, Theme.TRAINING)),
            new Agency(List.of("สำนักงานเขต{khet}", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"), "50{kk}",
                    List.of(Theme.TRAINING)),
            new Agency(List.of("สำนักงานเขต{khet}", "ฝ่ายการศึกษา"), "50{kk}", List.of(Theme.SCHOOL)),
            new Agency(List.of("สำนักปลัดกรุงเทพมหานคร", "สำนักงานการต่างประเทศ", "ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง"),
                    "0416", List.of(Theme.INTERNATIONAL)),
            new Agency(List.of("สำนักอนามัย", "สำนักงานส่งเสริมสุขภาพ"), "0900", List.of(Theme.HEALTH)),
            new Agency(List.of("สำนักการแพทย์", "{hospital}"), "1000", List.of(Theme.HEALTH)),
            new Agency(List.of("สำนักสิ่งแวดล้อม", "สำนักงานสวนสาธารณะ", "ส่วนสวนสาธารณะ {unit}"), "1200",
                    List.of(Theme.PARK)),
            new Agency(List.of("สำนักพัฒนาสังคม", "สำนักงานพัฒนาชุมชน", "ส่วนส่งเสริมการมีส่วนร่วมของประชาชน"), "1300",
                    List.of(Theme.TRAINING)),
            new Agency(List.of("สำนักการศึกษา", "กองนโยบายและแผนงาน"), "0600", List.of(Theme.SCHOOL)),
            new Agency(List.of("สำนักป้องกันและบรรเทาสาธารณภัย", "สำนักงานป้องกันและบรรเทาสาธารณภัย", "ส่วนปฏิบัติการ"),
                    "1500", List.of(Theme.SAFETY, Theme.TRAINING)),
            new Agency(List.of("สำนักการจราจรและขนส่ง", "สำนักงานวิศวกรรมจราจร"), "1400", List.of(Theme.SAFETY)));
}
