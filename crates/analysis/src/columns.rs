//! Typed, by-name access to the columns of a store batch.
//!
//! The store writes strings with low cardinality as `Dictionary(Int32, Utf8)`;
//! these helpers also accept plain `Utf8`/`LargeUtf8` so batches built by other
//! engines still work (on the slower per-row path).

use arrow_array::cast::AsArray;
use arrow_array::types::{Float32Type, Float64Type, Int32Type, UInt32Type, UInt64Type, UInt8Type};
use arrow_array::{
    Array, ArrayRef, Date32Array, DictionaryArray, Float32Array, Float64Array, LargeStringArray,
    RecordBatch, StringArray, UInt32Array, UInt64Array, UInt8Array,
};
use arrow_schema::DataType;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::AnalysisError;

/// One batch and its position in the slice the caller passed (for error messages).
#[derive(Clone, Copy)]
pub(crate) struct BatchRef<'a> {
    pub batch: &'a RecordBatch,
    pub index: usize,
}

impl<'a> BatchRef<'a> {
    fn column(&self, name: &str) -> Result<&'a ArrayRef, AnalysisError> {
        self.batch
            .column_by_name(name)
            .ok_or_else(|| AnalysisError::MissingColumn {
                batch: self.index,
                column: name.to_string(),
            })
    }

    fn wrong(&self, name: &str, col: &ArrayRef, expected: &str) -> AnalysisError {
        AnalysisError::WrongType {
            batch: self.index,
            column: name.to_string(),
            found: col.data_type().to_string(),
            expected: expected.to_string(),
        }
    }

    /// Whether the batch has a column of that name.
    pub fn has(&self, name: &str) -> bool {
        self.batch.column_by_name(name).is_some()
    }

    /// A string column (dictionary-encoded or plain).
    pub fn str_col(&self, name: &str) -> Result<StrCol<'a>, AnalysisError> {
        let col = self.column(name)?;
        match col.data_type() {
            DataType::Dictionary(k, v) if **k == DataType::Int32 && **v == DataType::Utf8 => {
                let dict: &DictionaryArray<Int32Type> = col.as_dictionary();
                let values = dict.values().as_string::<i32>();
                Ok(StrCol::Dict { dict, values })
            }
            DataType::Utf8 => Ok(StrCol::Plain(col.as_string::<i32>())),
            DataType::LargeUtf8 => Ok(StrCol::Large(col.as_string::<i64>())),
            _ => Err(self.wrong(name, col, "Dictionary(Int32, Utf8) or Utf8")),
        }
    }

    /// A `UInt8` column.
    pub fn u8_col(&self, name: &str) -> Result<&'a UInt8Array, AnalysisError> {
        let col = self.column(name)?;
        col.as_primitive_opt::<UInt8Type>()
            .ok_or_else(|| self.wrong(name, col, "UInt8"))
    }

    /// A `UInt32` column.
    pub fn u32_col(&self, name: &str) -> Result<&'a UInt32Array, AnalysisError> {
        let col = self.column(name)?;
        col.as_primitive_opt::<UInt32Type>()
            .ok_or_else(|| self.wrong(name, col, "UInt32"))
    }

    /// A `UInt64` column.
    pub fn u64_col(&self, name: &str) -> Result<&'a UInt64Array, AnalysisError> {
        let col = self.column(name)?;
        col.as_primitive_opt::<UInt64Type>()
            .ok_or_else(|| self.wrong(name, col, "UInt64"))
    }

    /// A `Float32` column.
    pub fn f32_col(&self, name: &str) -> Result<&'a Float32Array, AnalysisError> {
        let col = self.column(name)?;
        col.as_primitive_opt::<Float32Type>()
            .ok_or_else(|| self.wrong(name, col, "Float32"))
    }

    /// A `Float64` column.
    pub fn f64_col(&self, name: &str) -> Result<&'a Float64Array, AnalysisError> {
        let col = self.column(name)?;
        col.as_primitive_opt::<Float64Type>()
            .ok_or_else(|| self.wrong(name, col, "Float64"))
    }

    /// A `Date32` column.
    pub fn date_col(&self, name: &str) -> Result<&'a Date32Array, AnalysisError> {
        let col = self.column(name)?;
        col.as_primitive_opt::<arrow_array::types::Date32Type>()
            .ok_or_else(|| self.wrong(name, col, "Date32"))
    }
}

/// A string column in one of the encodings the analysis accepts.
#[derive(Clone, Copy)]
pub(crate) enum StrCol<'a> {
    Dict {
        dict: &'a DictionaryArray<Int32Type>,
        values: &'a StringArray,
    },
    Plain(&'a StringArray),
    Large(&'a LargeStringArray),
}

impl<'a> StrCol<'a> {
    /// The value at `row`; "" for nulls and out-of-range keys.
    pub fn get(&self, row: usize) -> &'a str {
        match self {
            StrCol::Dict { dict, values } => {
                if dict.is_null(row) {
                    return "";
                }
                let k = dict.keys().value(row);
                if k < 0 || k as usize >= values.len() || values.is_null(k as usize) {
                    ""
                } else {
                    values.value(k as usize)
                }
            }
            StrCol::Plain(a) => {
                if a.is_null(row) {
                    ""
                } else {
                    a.value(row)
                }
            }
            StrCol::Large(a) => {
                if a.is_null(row) {
                    ""
                } else {
                    a.value(row)
                }
            }
        }
    }

    /// The value at `row`, `None` for nulls.
    pub fn get_opt(&self, row: usize) -> Option<&'a str> {
        let null = match self {
            StrCol::Dict { dict, .. } => dict.is_null(row),
            StrCol::Plain(a) => a.is_null(row),
            StrCol::Large(a) => a.is_null(row),
        };
        (!null).then(|| self.get(row))
    }

    /// Classify every row with `f`, evaluating `f` once per distinct dictionary
    /// value when the column is dictionary-encoded.
    pub fn classify<F: Fn(&str) -> u8>(&self, f: F) -> Classes<'a> {
        self.classify_cached(&DictCache::default(), f)
    }

    /// [`StrCol::classify`], sharing the per-value table between batches whose
    /// dictionary is the same values array (as batches read from one Parquet
    /// column chunk are). `cache` must only ever be used with the same `f`.
    pub fn classify_cached<F: Fn(&str) -> u8>(&self, cache: &DictCache, f: F) -> Classes<'a> {
        match self {
            StrCol::Dict { dict, values } if dict.null_count() == 0 => {
                let id = (
                    values.value_offsets().as_ptr() as usize,
                    values.values().as_ptr() as usize,
                    values.len(),
                );
                let cached = cache.0.lock().ok().and_then(|c| c.get(&id).cloned());
                let table = match cached {
                    Some(t) => t,
                    None => {
                        let t: Arc<[u8]> = (0..values.len())
                            .map(|i| {
                                f(if values.is_null(i) {
                                    ""
                                } else {
                                    values.value(i)
                                })
                            })
                            .collect();
                        if let Ok(mut c) = cache.0.lock() {
                            c.insert(id, t.clone());
                        }
                        t
                    }
                };
                Classes::Dict {
                    keys: dict.keys().values(),
                    table,
                    bad: f(""),
                }
            }
            _ => {
                let n = match self {
                    StrCol::Dict { dict, .. } => dict.len(),
                    StrCol::Plain(a) => a.len(),
                    StrCol::Large(a) => a.len(),
                };
                Classes::Rows((0..n).map(|i| f(self.get(i))).collect())
            }
        }
    }
}

/// Per-value class tables already computed, keyed by the identity of the
/// dictionary's values buffers. Lives for one call, while the batches are borrowed.
#[derive(Default)]
pub(crate) struct DictCache(Mutex<HashMap<DictId, Arc<[u8]>>>);

/// Identity of a dictionary's values: (offsets pointer, data pointer, length).
pub(crate) type DictId = (usize, usize, usize);

/// Per-row class codes computed by [`StrCol::classify`].
pub(crate) enum Classes<'a> {
    Dict {
        keys: &'a [i32],
        table: Arc<[u8]>,
        bad: u8,
    },
    Rows(Vec<u8>),
}

impl Classes<'_> {
    /// The class of `row`.
    #[inline(always)]
    pub fn at(&self, row: usize) -> u8 {
        match self {
            Classes::Dict { keys, table, bad } => {
                table.get(keys[row] as usize).copied().unwrap_or(*bad)
            }
            Classes::Rows(v) => v[row],
        }
    }
}

/// Value of a primitive column treating nulls as the default.
#[inline(always)]
pub(crate) fn prim<T: arrow_array::ArrowPrimitiveType>(
    a: &arrow_array::PrimitiveArray<T>,
    row: usize,
) -> T::Native {
    if a.is_null(row) {
        T::Native::default()
    } else {
        a.value(row)
    }
}
