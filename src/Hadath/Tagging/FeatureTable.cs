namespace Hadath.Tagging;

/// <summary>
/// Open-addressing map from a 64-bit feature key to a weight row, linear probing over a power-of-two table.
/// Faster than Dictionary for the read-only lookups of decoding, and trivially serialised as two arrays.
/// </summary>
internal sealed class FeatureTable
{
    private ulong[] _keys;
    private int[] _rows;
    private int _mask;

    public FeatureTable(int expected = 1024)
    {
        var capacity = 16;
        while (capacity < expected * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Number of keys stored; rows are numbered 0..Count-1 in insertion order.</summary>
    public int Count { get; private set; }

    /// <summary>The row of <paramref name="key"/>, or -1 when the feature is unknown.</summary>
    public int Find(ulong key)
    {
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key) return _rows[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>The row of <paramref name="key"/>, adding it as row <see cref="Count"/> when new.</summary>
    public int GetOrAdd(ulong key)
    {
        if (key == 0) throw new ArgumentException("Feature key 0 is reserved for empty slots.", nameof(key));
        if ((Count + 1) * 2 > _keys.Length) Grow();
        var i = (int)key & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key) return _rows[i];
            if (k == 0)
            {
                _keys[i] = key;
                _rows[i] = Count;
                return Count++;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Keys in row order (index = row).</summary>
    public ulong[] KeysByRow()
    {
        var result = new ulong[Count];
        for (var i = 0; i < _keys.Length; i++)
            if (_keys[i] != 0) result[_rows[i]] = _keys[i];
        return result;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldRows = _rows;
        _keys = new ulong[oldKeys.Length * 2];
        _rows = new int[_keys.Length];
        _mask = _keys.Length - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] == 0) continue;
            var i = (int)oldKeys[j] & _mask;
            while (_keys[i] != 0) i = (i + 1) & _mask;
            _keys[i] = oldKeys[j];
            _rows[i] = oldRows[j];
        }
    }
}
