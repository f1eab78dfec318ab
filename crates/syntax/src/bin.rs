//! Little-endian binary writer/reader for the model format.

use crate::types::SyntaxError;

/// Appends little-endian values to a byte buffer.
#[derive(Debug, Default)]
pub(crate) struct Writer(Vec<u8>);

impl Writer {
    pub(crate) fn into_inner(self) -> Vec<u8> {
        self.0
    }
    pub(crate) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub(crate) fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn i16(&mut self, v: i16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f32(&mut self, v: f32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn varint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
}

/// Reads what [`Writer`] wrote; every read is bounds-checked.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }
    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], SyntaxError> {
        if self.remaining() < n {
            return Err(SyntaxError::Model(format!(
                "truncated at byte {} (wanted {n} more)",
                self.pos
            )));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub(crate) fn u8(&mut self) -> Result<u8, SyntaxError> {
        Ok(self.take(1)?[0])
    }
    pub(crate) fn u16(&mut self) -> Result<u16, SyntaxError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub(crate) fn u32(&mut self) -> Result<u32, SyntaxError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, SyntaxError> {
        Ok(f32::from_bits(self.u32()?))
    }
    #[inline]
    pub(crate) fn varint(&mut self) -> Result<u64, SyntaxError> {
        // Fast path: one or two bytes (most keys deltas and row lengths).
        if let Some(&b0) = self.data.get(self.pos) {
            if b0 & 0x80 == 0 {
                self.pos += 1;
                return Ok(b0 as u64);
            }
            if let Some(&b1) = self.data.get(self.pos + 1) {
                if b1 & 0x80 == 0 {
                    self.pos += 2;
                    return Ok((b0 & 0x7f) as u64 | (b1 as u64) << 7);
                }
            }
        }
        self.varint_slow()
    }
    fn varint_slow(&mut self) -> Result<u64, SyntaxError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(SyntaxError::Model(format!(
            "bad varint at byte {}",
            self.pos
        )))
    }
    pub(crate) fn str(&mut self) -> Result<String, SyntaxError> {
        let n = self.varint()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| {
            SyntaxError::Model(format!("invalid UTF-8 string before byte {}", self.pos))
        })
    }
}
