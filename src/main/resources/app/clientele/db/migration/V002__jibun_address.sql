-- Korean addresses may also carry the older lot-number form (지번) beside the road-name address.
ALTER TABLE client ADD COLUMN jibun VARCHAR(300);
