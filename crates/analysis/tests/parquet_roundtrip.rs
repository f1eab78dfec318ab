//! The schema survives a Parquet round trip (as the store writes and reads it)
//! and the report over the read-back batches equals the report in memory.

mod common;

use bytes_reader::read_back;
use dyad_analysis::*;

mod bytes_reader {
    use arrow_array::RecordBatch;

    pub fn read_back(batch: &RecordBatch) -> Vec<RecordBatch> {
        let mut buf = Vec::new();
        let mut w = parquet::arrow::ArrowWriter::try_new(&mut buf, batch.schema(), None).unwrap();
        w.write(batch).unwrap();
        w.close().unwrap();
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
            bytes::Bytes::from(buf),
        )
        .unwrap()
        .with_batch_size(3)
        .build()
        .unwrap();
        reader.map(|b| b.unwrap()).collect()
    }
}

#[test]
fn report_over_parquet_equals_report_in_memory() {
    let mut events = Vec::new();
    for (i, (code, day, s, t)) in [
        ("036", "2022-01-03", "RUSGOV", "AFGGOV"),
        ("040", "2022-01-04", "RUSGOV", "AFGGOV"),
        ("040", "2022-01-04", "RUSGOV", "AFGGOV"),
        ("061", "2022-02-11", "RUSMIL", "AFG"),
        ("130", "2022-04-01", "AFGGOV", "RUSGOV"),
        ("190", "2022-04-02", "USAMIL", "AFGREB"),
        ("0711", "2022-05-02", "RUS", "AFG"),
    ]
    .iter()
    .enumerate()
    {
        events.push(common::asserted(&format!("d{i}"), day, s, t, code));
    }
    let batch = events_to_batch(&events).unwrap();
    let back = read_back(&batch);
    assert!(back.len() > 1, "several batches read back");
    assert_eq!(
        back[0].schema().fields(),
        batch.schema().fields(),
        "dictionary types survive"
    );
    let q = DyadQuery::new("RUS", "AFG");
    let mem = dyad_report(std::slice::from_ref(&batch), &q).unwrap();
    let disk = dyad_report(&back, &q).unwrap();
    assert_eq!(mem.profile, disk.profile);
    assert_eq!(mem.symbolism, disk.symbolism);
    assert_eq!(mem.top_events, disk.top_events);
    assert_eq!(
        deduplicate(&back).unwrap(),
        deduplicate(std::slice::from_ref(&batch)).unwrap()
    );
    assert_eq!(
        top_dyads(&back, None, None, 5).unwrap(),
        top_dyads(&[batch], None, None, 5).unwrap()
    );
}
