package jp.infracareer.state;

class InMemoryRecordsTest extends RecordsContract {
    private final Records records = Records.inMemory();

    @Override
    protected Records records() {
        return records;
    }
}
