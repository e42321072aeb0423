package jp.infracareer.content;

import java.util.List;

/** A newcomer's typical day: a timetable and what each block teaches. */
public record Day(String title, String intro, List<Block> schedule, String closing) {

    public record Block(String time, String activity, String detail, String lesson) {}
}
