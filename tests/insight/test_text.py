from huishang.insight import text as chinese

SENTENCE = "小区门口的人行便道被占用"


def test_a_deployment_name_is_kept_whole_while_it_is_known():
    chinese.use_names(["小区门口的人行便道"])
    try:
        assert "小区门口的人行便道" in chinese.words(SENTENCE)
    finally:
        chinese.use_names([])


def test_dropping_a_name_that_is_also_an_ordinary_word_gives_the_word_back_its_own_cut():
    before = chinese.words(SENTENCE)
    chinese.use_names(["便道", "人行"])
    chinese.use_names([])
    assert chinese.words(SENTENCE) == before


def test_dropping_a_made_up_name_leaves_the_hmm_free_to_find_words_in_it_again():
    before = chinese.words("蓝晶晶科技园区停车难")
    chinese.use_names(["蓝晶晶"])
    chinese.use_names([])
    assert chinese.words("蓝晶晶科技园区停车难") == before
