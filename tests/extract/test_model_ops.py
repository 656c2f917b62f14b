"""The extractor's model multiplies its matrices with numpy's BLAS on one thread (nlp.load_nlp,
nlp.one_blas_thread), and leaves the process's own thinc backend and BLAS threads as they were."""

from thinc.api import NumpyOps, get_current_ops
from threadpoolctl import threadpool_info

from healthbreach.extract.nlp import load_nlp, one_blas_thread


def _blas_threads() -> list[int]:
    """Threads of numpy's own BLAS, the one the model's layers call (scipy, when imported, brings
    another that the model never calls)."""
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas" and "numpy" in lib["filepath"]]


def test_the_model_layers_use_numpy_blas_and_the_process_default_is_left_alone():
    nlp = load_nlp()
    for name in ("tok2vec", "ner"):
        layers = [node for node in nlp.get_pipe(name).model.walk() if node.name in {"maxout", "precomputable_affine"}]
        assert layers, name
        assert all(isinstance(node.ops, NumpyOps) and node.ops.use_blis is False for node in layers), name
    assert getattr(get_current_ops(), "use_blis", True) is True  # other pipelines of the process keep BLIS


def test_one_blas_thread_while_the_model_runs_then_as_before():
    before = _blas_threads()
    assert before  # numpy's own BLAS is loaded
    with one_blas_thread():
        assert _blas_threads() == [1] * len(before)
        doc = load_nlp()("Le centre hospitalier de Dax a été victime d'une cyberattaque.")
        assert any(e.text == "Dax" or "Dax" in e.text for e in doc.ents)
    assert _blas_threads() == before
